using System.Text;

namespace Convert.Core.Reading.TextDumps;

/// <summary>
/// The words of a web page's controls and navigation that a text dump prints as lines of their own ("Skip to content",
/// "Privacy policy", "Add to cart", "Log in"): the wording sites share, in the catalogue's main languages. A line that
/// reads exactly so is almost never article text (under 5% of such lines in the WCXB development dumps), but as a
/// heading a service page may use one, so the second stage reads it as a feature and does not cut on it alone.
/// </summary>
internal static class ChromePhrases
{
    private static readonly HashSet<string> Phrases = new(StringComparer.Ordinal)
    {
        // English
        "skip to content", "skip to main content", "skip to navigation", "skip to footer", "skip to search", "jump to content",
        "main menu", "menu", "close menu", "open menu", "toggle navigation", "toggle menu", "close", "back to top", "scroll to top",
        "home", "about", "about us", "contact", "contact us", "get in touch", "careers", "jobs", "press", "newsroom", "sitemap",
        "site map", "privacy", "privacy policy", "privacy notice", "cookie policy", "cookie settings", "cookie preferences",
        "cookies", "manage cookies", "accept", "accept all", "reject all", "terms", "terms of use", "terms of service",
        "terms and conditions", "terms conditions", "legal", "imprint", "accessibility", "accessibility statement",
        "your privacy choices", "do not sell or share my personal information", "advertise", "advertise with us",
        "log in", "login", "log out", "logout", "sign in", "sign up", "sign out", "register", "my account", "account",
        "create account", "create an account", "forgot password", "forgot your password", "search", "search for",
        "submit", "cancel", "send", "subscribe", "subscribe now", "subscribe to our newsletter", "newsletter", "newsletters",
        "sign up for our newsletter", "follow us", "connect with us", "share", "share this", "share this article",
        "share this post", "share on facebook", "share on twitter", "share on linkedin", "tweet", "pin it", "email",
        "print", "copy link", "facebook", "twitter", "linkedin", "instagram", "youtube", "pinterest", "tiktok", "rss",
        "read more", "learn more", "see more", "see all", "view all", "show more", "load more", "continue reading",
        "related", "related posts", "related articles", "related stories", "recent posts", "popular posts", "most popular",
        "trending", "you may also like", "recommended", "more from", "table of contents", "categories", "tags", "archives",
        "previous", "next", "previous post", "next post", "previous article", "next article", "older posts", "newer posts",
        "reply", "leave a reply", "leave a comment", "post comment", "comments", "add comment", "cart", "add to cart",
        "add to basket", "add to bag", "buy now", "shop now", "checkout", "view cart", "wishlist", "add to wishlist",
        "quick view", "your cart is empty", "free shipping", "gift cards", "store locator", "find a store",
        "customer service", "help", "help center", "faq", "faqs", "support", "loading", "advertisement", "sponsored",
        "quick links", "useful links", "resources", "company", "follow", "download the app", "get the app", "language",
        "english", "all rights reserved", "powered by wordpress", "click to expand", "was this helpful", "feedback",
        // German
        "zum inhalt springen", "zum hauptinhalt springen", "startseite", "kontakt", "über uns", "impressum", "datenschutz",
        "datenschutzerklärung", "agb", "anmelden", "abmelden", "registrieren", "suche", "suchen", "teilen", "drucken",
        "weiterlesen", "mehr erfahren", "warenkorb", "in den warenkorb", "newsletter abonnieren", "antworten",
        "kommentar schreiben", "nach oben", "cookie einstellungen", "alle akzeptieren",
        // French
        "aller au contenu", "aller au contenu principal", "accueil", "contactez nous", "à propos", "mentions légales",
        "politique de confidentialité", "connexion", "se connecter", "déconnexion", "s inscrire", "inscription", "rechercher",
        "recherche", "partager", "imprimer", "lire la suite", "en savoir plus", "panier", "ajouter au panier", "répondre",
        "laisser un commentaire", "retour en haut", "tout accepter",
        // Spanish
        "saltar al contenido", "ir al contenido", "ir al contenido principal", "inicio", "contacto", "contáctenos",
        "sobre nosotros", "quiénes somos", "aviso legal", "política de privacidad", "política de cookies", "iniciar sesión",
        "cerrar sesión", "registrarse", "buscar", "compartir", "imprimir", "leer más", "seguir leyendo", "carrito",
        "añadir al carrito", "agregar al carrito", "responder", "deja un comentario", "volver arriba", "aceptar todo",
        // Italian, Portuguese, Dutch
        "vai al contenuto", "chi siamo", "contatti", "accedi", "registrati", "cerca", "condividi", "leggi di più",
        "carrello", "aggiungi al carrello", "rispondi", "pular para o conteúdo", "início", "contato", "entrar", "pesquisar",
        "compartilhar", "leia mais", "carrinho", "adicionar ao carrinho", "naar inhoud springen", "over ons", "inloggen",
        "zoeken", "delen", "lees meer", "winkelwagen", "in winkelwagen", "reageren",
    };

    /// <summary>True when <paramref name="line"/>, without its bullet and punctuation, is one of the phrases.</summary>
    public static bool IsChrome(string line) => Phrases.Contains(Normalize(line));

    /// <summary>The share of <paramref name="block"/>'s lines that are chrome phrases.</summary>
    public static float Share(Model.SourceBlock block)
    {
        var chrome = 0;
        foreach (var line in block.Lines)
        {
            if (line.Text.Length <= 60 && IsChrome(line.Text))
                chrome++;
        }
        return (float)chrome / block.Lines.Count;
    }

    /// <summary>Lower-case runs of letters and digits joined by single spaces, as the benchmark compares text.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var gap = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                if (gap && builder.Length > 0)
                    builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }
        return builder.ToString();
    }
}
