using System.Text.RegularExpressions;

namespace Convert.Core.Cleaning;

/// <summary>
/// The patterns of the built-in rules (<c>BuiltInRules.json</c>), source-generated: a Native AOT build would
/// otherwise parse each one and build its interpreter code at every start. <see cref="RuleFactory"/> takes the
/// generated regex when a rule's pattern is one of these (same pattern, options and timeout, so the same matches),
/// and builds any other pattern, a user's or an edited one, at run time. A test checks that every built-in pattern
/// is here.
/// </summary>
internal static partial class BuiltInRulePatterns
{
    // RuleFactory.MatchTimeout, in milliseconds.
    private const int TimeoutMs = 200;
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Func<Regex>[] Factories =
    [
        RepublicationNote,
        PrintEditionNote,
        ShareRow,
        ShareClick,
        ShareCount,
        FollowUs,
        CommentHeader,
        CommentFormNotice,
        CommentFormLabel,
        CommentCount,
        Breadcrumb,
        PostNavigationInline,
        PageCounter,
        RelatedHeadingMoreFrom,
        ReadMoreInline,
        TagsLine,
        PostedIn,
        NewsletterPromo,
        CookieNotice,
        CopyrightFooter,
        ReadTime,
        BareCounter,
        RecipeButtons,
        RatingWidget,
        RecipeMadeThis,
        AffiliateDisclosure,
        RelativeTime,
        NewsletterPrompt,
        ImageCredit,
    ];

    /// <summary>The generated regex for <paramref name="pattern"/> with the rules' options and timeout, or null.</summary>
    public static Regex? Find(string pattern, RegexOptions options, TimeSpan timeout)
    {
        if (options != Options || timeout != TimeSpan.FromMilliseconds(TimeoutMs))
            return null;
        foreach (var factory in Factories)
        {
            var regex = factory();
            if (string.Equals(regex.ToString(), pattern, StringComparison.Ordinal))
                return regex;
        }
        return null;
    }

    // republication-note
    [GeneratedRegex(@"^(?:[*_]+\s*)?(?:source\s*:\s*)?(?:this (?:article|story|post|piece|essay|commentary) (?:was (?:first |originally )?published in another form|was (?:first |originally )?published|(?:first |originally )?appeared|is republished) (?:at|on|in|by|from) (?<source>.+?)(?: under a creative commons licen[cs]e.*| on \w+ \d{1,2}, \d{4}\.?|\. read the original article.*)?|originally (?:published|posted|appeared) (?:at|on|in|by) (?<source>.+?)(?: on [^.]+)?|(?:republished|reprinted) with (?:the )?(?:kind )?permission (?:from|of) (?<source>.+?)|cross-?posted (?:from|with) (?<source>.+?))\.?$", Options, TimeoutMs)]
    private static partial Regex RepublicationNote();

    // print-edition-note
    [GeneratedRegex(@"^a version of this (?:article|story|review|essay|column|interview) appear(?:s|ed) in print\b.*$", Options, TimeoutMs)]
    private static partial Regex PrintEditionNote();

    // share-row
    [GeneratedRegex(@"^(?:(?:share(?: on)?|facebook|twitter|x|linkedin|whatsapp|e-?mail|pinterest|reddit|telegram|tumblr|pocket|flipboard|print|copy link|messenger|threads|bluesky|mastodon|sms|tweet|pin it)(?:\s*[,|·•/]\s*|\s+|$)){2,}$", Options, TimeoutMs)]
    private static partial Regex ShareRow();

    // share-click
    [GeneratedRegex(@"^click to (?:share|email|print|tweet)\b.*$", Options, TimeoutMs)]
    private static partial Regex ShareClick();

    // share-count
    [GeneratedRegex(@"^\d+(?:[.,]\d+)?\s*[km]?\s+(?:shares?|likes?|views?|followers?|claps?|reactions?)$", Options, TimeoutMs)]
    private static partial Regex ShareCount();

    // follow-us
    [GeneratedRegex(@"^(?:follow (?:us|me)(?: on [\w .+]+)?|follow @\w+(?: on \w+)?)[.!:]?$", Options, TimeoutMs)]
    private static partial Regex FollowUs();

    // comment-header
    [GeneratedRegex(@"^(?>[^\s:—–|·•\d][^:—–|·•\d]{0,59})(?:(?<=\s(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|a dit|écrit|a écrit|dice|escribe|escribió|dijo|scrive|ha scritto|ha detto|diz|disse|escreve|escreveu|zegt|schreef|schrijft)\s?):\s*(?:on\s+|am\s+|le\s+|el\s+|il\s+|em\s+|op\s+)?|(?<=\s)[—–|·•]\s+)(?:[\p{L}\d][\p{L}\d .,/-]{2,40}?(?:\s*(?:at|um|à|a las|a la|alle|às|as|om|,|-|–|@)\s*|\s+)\d{1,2}[:.h]\s?\d{2}(?:\s*(?:[ap]\.?\s?m\.?|uhr|h))?|\d+\s+(?:years?|months?|weeks?|days?|hours?|minutes?)\s+ago|vor\s+\d+\s+(?:jahren|monaten|wochen|tagen|stunden|minuten)|il y a\s+\d+\s+(?:ans|mois|semaines|jours|heures|minutes)|hace\s+\d+\s+(?:años|meses|semanas|días|horas|minutos))$", Options, TimeoutMs)]
    private static partial Regex CommentHeader();

    // comment-form-notice
    [GeneratedRegex(@"^(?:your email address will not be published|deine e-mail-adresse wird nicht veröffentlicht|ihre e-mail-adresse wird nicht veröffentlicht|votre adresse (?:e-mail|de messagerie|email|courriel) ne sera pas publiée|tu (?:dirección de )?correo electrónico no (?:será|se) publicad[ao]|la dirección de correo electrónico no se publicará|il tuo indirizzo (?:e-?mail )?non sarà pubblicato|o seu endereço de (?:e-?mail) não será publicado|o seu endereço de email não será publicado|je e-?mailadres wordt niet gepubliceerd|required fields are marked|erforderliche felder sind (?:mit|markiert)|les champs obligatoires sont indiqués|los campos obligatorios están marcados|i campi obbligatori sono contrassegnati|(?:os )?campos obrigatórios (?:são|estão) marcados|vereiste velden zijn gemarkeerd|you must be (?:logged|signed) in to (?:post|leave|add) a (?:comment|reply|review)|du musst (?:angemeldet|eingeloggt) sein|sie müssen (?:angemeldet|eingeloggt) sein|vous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire|debes (?:estar registrado|iniciar sesión|haber iniciado sesión) para (?:publicar|dejar|escribir) un comentario|devi (?:essere connesso|essere collegato|effettuare l'accesso) per (?:inviare|pubblicare|lasciare) un commento|você precisa (?:fazer o login|estar logado|estar conectado) para (?:publicar|postar|deixar) um comentário|je moet (?:ingelogd|aangemeld) zijn om (?:een reactie (?:te )?(?:plaatsen|geven)|te reageren)|save my name, email|meinen namen, (?:meine )?e-mail|enregistrer mon nom, (?:mon )?(?:e-mail|courriel)|guarda mi nombre, correo|salva il mio nome, email|salvar (?:meus dados|o meu nome)|mijn naam, e-mail)\b.*$", Options, TimeoutMs)]
    private static partial Regex CommentFormNotice();

    // comment-form-label
    [GeneratedRegex(@"^(?:comment|review|name|e-?mail(?: address)?|website|kommentar|e-mail-adresse|webseite|commentaire|nom|adresse (?:e-mail|de messagerie|email)|site web|site internet|comentario|nombre|correo electrónico|correo|web|sitio web|commento|nome|sito web|comentário|site|reactie|naam|e-?mailadres)\s*(?:\*|\((?:required|erforderlich|obligatoire|obligatorio|obbligatorio|obrigatório|verplicht)\))$", Options, TimeoutMs)]
    private static partial Regex CommentFormLabel();

    // comment-count
    [GeneratedRegex(@"^(?:(?:\d+|no|one|two|three|ein|eine|zwei|drei|un|une|deux|trois|uno|una|dos|tres|due|tre|um|uma|dois|duas|één|een|twee|drie)\s+(?:comments?|responses?|replies|thoughts|kommentare?|antworten|gedanken|commentaires?|réponses?|réflexions?|comentarios?|respuestas?|commenti|commento|risposte|risposta|comentários?|respostas?|reacties|reactie)(?:\s+(?:on|to|zu|auf|sur|à|a|en|para|su|em|op|bij|over)\s+.{1,150})?|(?:comments|kommentare|commentaires|comentarios|commenti|comentários|reacties|reviews|bewertungen|avis)\s*\(\d+\))$", Options, TimeoutMs)]
    private static partial Regex CommentCount();

    // breadcrumb
    [GeneratedRegex(@"^(?:home\s*(?:»|>|›|→|/|\|)\s*\S.*|you are here\s*:.*)$", Options, TimeoutMs)]
    private static partial Regex Breadcrumb();

    // post-navigation-inline
    [GeneratedRegex(@"^(?:previous|prev|next)(?: (?:article|post|story))?\s*:\s*\S.*$", Options, TimeoutMs)]
    private static partial Regex PostNavigationInline();

    // page-counter
    [GeneratedRegex(@"^page \d+ of \d+$", Options, TimeoutMs)]
    private static partial Regex PageCounter();

    // related-heading-more-from
    [GeneratedRegex(@"^more (?:from|stories from|articles from|by) [^.!?]{1,50}$", Options, TimeoutMs)]
    private static partial Regex RelatedHeadingMoreFrom();

    // read-more-inline
    [GeneratedRegex(@"^(?:read more|also read|read also|see also|related|recommended|more|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|à lire aussi|a lire aussi|lire aussi|voir aussi|lee también|lea también|te puede interesar|leia também|veja também|leggi anche|lees ook|ook interessant)\s*:\s*[^.!?]*[^.]$", Options, TimeoutMs)]
    private static partial Regex ReadMoreInline();

    // tags-line
    [GeneratedRegex(@"^(?:(?:tags|tag|tagged|tagged with|tagged as|filed under|filed in|filed to|categories|category|topics|keywords|more about|related topics|kategorien|kategorie|schlagwörter|schlagworte|stichwörter|catégories|catégorie|étiquettes|mots-clés|categorías|categoría|etiquetas|categorie|categoria|argomenti|etichette|categorias|marcadores|trefwoorden|categorieën|categorie|onderwerpen)\s*:\s*(?<terms>[^.!?]*)|(?:tagged with|filed under)\s+(?<terms>[^.!?]+))\.?$", Options, TimeoutMs)]
    private static partial Regex TagsLine();

    // posted-in
    [GeneratedRegex(@"^(?:posted in|filed in|veröffentlicht in|publié dans|classé dans|publicado en|pubblicato in|publicado em|geplaatst in|gepubliceerd in)\s+(?<terms>[^.!?]{1,80})$", Options, TimeoutMs)]
    private static partial Regex PostedIn();

    // newsletter-promo
    [GeneratedRegex(@"^(?:(?:sign up|subscribe)\b.{0,80}\bnewsletters?\b[^.]*|get (?:the latest|our best) .{1,80} (?:delivered )?(?:to|in) your inbox|thanks for reading .{1,80}[!.] subscribe .{0,100})[.!]?$", Options, TimeoutMs)]
    private static partial Regex NewsletterPromo();

    // cookie-notice
    [GeneratedRegex(@"^(?:we use cookies|we and our partners use cookies|this (?:web)?site uses cookies|our (?:web)?site uses cookies|by continuing to (?:use|browse) (?:this|our|the) (?:web)?site)\b", Options, TimeoutMs)]
    private static partial Regex CookieNotice();

    // copyright-footer
    [GeneratedRegex(@"^(?:(?:copyright\s*)?(?:©|\(c\)\s*\d{4})|copyright\s+\d{4}|.{0,120}\ball rights reserved\.?$|(?:proudly )?powered by [\w.\- ]{1,30}$|theme by [\w.\- ]{1,30}$)", Options, TimeoutMs)]
    private static partial Regex CopyrightFooter();

    // read-time
    [GeneratedRegex(@"^(?:[·•|]\s*)?(?:\d+\s*(?:-|–|to)?\s*\d*\s*(?:min|mins|minutes?)\.?\s*(?:read|reading time)|(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |less than )?\d+\s*(?:min|mins|minutes?)\.?)$", Options, TimeoutMs)]
    private static partial Regex ReadTime();

    // bare-counter
    [GeneratedRegex(@"^(?!(?:18|19|20)\d\d$)\d{1,6}$", Options, TimeoutMs)]
    private static partial Regex BareCounter();

    // recipe-buttons
    [GeneratedRegex(@"^(?:(?:jump to (?:recipe|video)|skip to recipe|go to recipe|print recipe|pin recipe|save recipe|rate (?:this )?recipe|review recipe|share recipe|email recipe|cook mode|prevent your screen from going dark|zum rezept(?: springen)?|rezept drucken|rezept merken|rezept bewerten|rezept teilen|aller à la recette|sauter à la recette|imprimer la recette|épingler la recette|noter (?:cette|la) recette|enregistrer la recette|ir a la receta|saltar a la receta|imprimir (?:la )?receta|guardar (?:la )?receta|valorar (?:esta |la )?receta|vai alla ricetta|salta alla ricetta|stampa (?:la )?ricetta|salva (?:la )?ricetta|valuta (?:questa |la )?ricetta|ir para a receita|pular para a receita|imprimir (?:a )?receita|salvar (?:a )?receita|avaliar (?:esta |a )?receita|naar het recept|spring naar (?:het )?recept|recept (?:afdrukken|printen|opslaan|beoordelen))(?:\s*[|·•/]\s*|\s+|$))+$", Options, TimeoutMs)]
    private static partial Regex RecipeButtons();

    // rating-widget
    [GeneratedRegex(@"^(?:[★☆✩✪⭐✰\s]{3,}(?:\s*\(?\d+(?:[.,]\d+)?\)?)?(?:\s+(?:stars?|sterne|étoiles|estrellas|stelle|estrelas|sterren))?|\d(?:[.,]\d+)?\s*(?:/\s*5\s*)?(?:from|von|sur|de|su|van|out of 5 from)\s+\d+\s+(?:votes?|ratings?|reviews?|stimmen|bewertungen|votes|avis|votos|valoraciones|voti|valutazioni|avaliações|stemmen|beoordelingen)|(?:rated\s+)?\d(?:[.,]\d+)?\s+(?:out of|von|sur|de|su|van)\s+5(?:\s+(?:stars?|sternen?|étoiles|estrellas|stelle|estrelas|sterren))?(?:\s*\(\d+\s+\w+\))?|\d\s+(?:stars?|sterne|étoiles|estrellas|stelle|estrelas|sterren)|no (?:ratings|reviews) yet|noch keine bewertungen|aucune (?:note|évaluation)|sin (?:valoraciones|calificaciones)|nessuna valutazione|nenhuma avaliação|nog geen beoordelingen|click (?:on )?a star to rate it!?|average rating:?\s*\d(?:[.,]\d+)?\s*/\s*5\.?\s*vote count:?\s*\d+|\d+(?:[.,]\d+)?\s+(?:votes?|ratings?))$", Options, TimeoutMs)]
    private static partial Regex RatingWidget();

    // recipe-made-this
    [GeneratedRegex(@"^(?:did you (?:make|try|cook|bake) this recipe|(?:made|tried|cooked|baked) this recipe|hast du (?:das|dieses) rezept (?:ausprobiert|nachgemacht|nachgekocht|gemacht)|rezept ausprobiert|vous avez (?:testé|essayé|réalisé|fait) cette recette|tu as (?:testé|essayé|réalisé|fait) cette recette|¿?(?:has|haz) (?:hecho|probado|preparado) esta receta|hai (?:provato|fatto|preparato) questa ricetta|(?:você )?(?:fez|experimentou|preparou) esta receita|heb je (?:dit|het) recept (?:gemaakt|geprobeerd))\b.*$", Options, TimeoutMs)]
    private static partial Regex RecipeMadeThis();

    // affiliate-disclosure
    [GeneratedRegex(@"^(?:[*_(]+\s*)?(?:(?:affiliate )?disclosure\s*:\s*|transparenz(?:hinweis)?\s*:\s*|hinweis\s*:\s*|\*\s*)?(?:this (?:post|article|page|content|site|website|recipe|guide|review|story) (?:may )?contains? (?:some )?affiliate links?|(?:this|our) (?:post|article|page|site) (?:is|may be) (?:sponsored|supported by affiliate)|some of the links (?:in|on) this (?:post|article|page) are affiliate links|as an amazon associate,? (?:i|we) earn|we may earn (?:a )?(?:small )?(?:commission|fee)|i may earn (?:a )?(?:small )?commission|(?:dieser|der) (?:beitrag|artikel) enthält (?:sogenannte )?(?:affiliate|partner)-?links|(?:die )?mit \* (?:gekennzeichneten|markierten) links sind affiliate|cet article contient des liens (?:affiliés|d'affiliation|sponsorisés)|este (?:artículo|post|contenido) (?:puede contener|contiene) enlaces de afiliad[oa]s?|questo (?:articolo|post) (?:può contenere|contiene) (?:dei )?link (?:di affiliazione|affiliati)|este (?:artigo|post) (?:pode conter|contém) links de afiliad[oa]s?|dit (?:artikel|bericht) bevat (?:affiliate ?links|affiliatelinks)|(?:when|if) you (?:buy|purchase|shop|click)\b[^.]{0,60}\blinks?\b[^.]{0,40}\b(?:we|i) (?:may )?(?:earn|receive|get) (?:an? )?(?:small )?(?:affiliate )?(?:commission|compensation|money|fee)|we may (?:earn|receive) (?:money|compensation|an? (?:small )?affiliate commission)|(?:products|items) (?:are|were) (?:chosen|selected) independently by our editors|[\w.'’ -]{1,40} is (?:reader|learner|listener|audience)-supported\.? (?:when|if) you|(?:this|our) (?:website|site|blog|post|page) uses affiliate links|we earn a commission (?:for|from|on)|as an affiliate(?: marketer| partner)?,? (?:i|we) (?:may )?earn)\b.*$", Options, TimeoutMs)]
    private static partial Regex AffiliateDisclosure();

    // relative-time
    [GeneratedRegex(@"^(?:(?:(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd)\s*:?\s*)?(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?|months?|years?)\s+ago|an? (?:minute|hour|day|week|month|year) ago|vor\s+(?:\d+|einer?)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)|il y a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)|hace\s+(?:\d+|una?)\s+(?:segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?)|(?:\d+|un[ao]?)\s+(?:secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana|mesi|mese|anni|anno)\s+fa|há\s+(?:\d+|uma?)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?)|(?:\d+|een)\s+(?:seconden?|minuten?|uur|dagen?|weken?|maanden?|jaar|jaren)\s+geleden)|(?:updated|published|posted|last updated|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd)\s*:?\s*(?:just now|yesterday|today|gestern|heute|hier|aujourd'hui|à l'instant|ayer|hoy|ieri|oggi|ontem|hoje|gisteren|vandaag|zojuist))$", Options, TimeoutMs)]
    private static partial Regex RelativeTime();

    // newsletter-prompt
    [GeneratedRegex(@"^(?:(?>[^.!?]{1,80})[?!]\s*)?(?:(?:jetzt )?(?:unseren |den )?newsletter (?:abonnieren|bestellen)|(?:sign up|subscribe|join|get|never miss|don't miss|don’t miss|abonnieren|melden sie sich|abonnez-vous|inscrivez-vous|suscríbete|suscríbase|iscriviti|assine|inscreva-se|schrijf je in|meld je aan|abonneer)\b(?=[^.!?]*\b(?:newsletters?|inbox|nieuwsbrief|boletín|lettre d'information|mailing list|e-?mail list)\b))[^.!?]{0,160}[.!]?$", Options, TimeoutMs)]
    private static partial Regex NewsletterPrompt();

    // image-credit
    [GeneratedRegex(@"^\(?\s*(?:(?:(?:featured|header|top|lead|cover|hero|main)\s+)?(?:photo|photos|photograph|image|picture|illustration|video|graphic|foto|fotos|bild|bilder|titelbild|beitragsbild|bildquelle|fotoquelle|crédit photo|crédits photo|imagen|immagine|afbeelding|beeld|fotografía|fotografia)(?:\s+(?:credits?|courtesy|source|quelle|crédit))?\s*:|credits?\s*:|crédits?\s*:|(?:photo|image|picture|foto)\s+(?:courtesy|credit)\s+(?:of\s+)?\S|courtesy of\s+[^.]{1,60}$|\(?\s*(?:ap|afp|reuters|epa|getty|dpa|ansa|efe|anp|belga|lusa)\s+(?:photo|images?|foto)\b|photo\s+by\s+.+\s+on\s+unsplash|(?:getty images|shutterstock|istock(?:photo)?|alamy)\b).*$", Options, TimeoutMs)]
    private static partial Regex ImageCredit();
}
