using System.Text;

namespace Convert.Tests.Reading.TextDumps;

/// <summary>Hand-written page dumps in the shape <c>w3m -dump</c> prints: menus, a cookie line, an article, links, a footer.</summary>
internal static class SmallDumps
{
    public const string Paragraph =
        "The lighthouse keepers kept a log of every storm for ninety years, and the pages are now being read by climate " +
        "scientists who want to know how often the coast flooded before anyone measured the sea.";

    /// <summary>A dump whose article is <paramref name="paragraphs"/> paragraphs opening with <see cref="Paragraph"/>
    /// (the first is exactly it; the others add a sentence, as an article's paragraphs differ), under its headline and,
    /// when given, a byline or date line; with <paramref name="identical"/>, every paragraph is <see cref="Paragraph"/>.</summary>
    public static string Page(int paragraphs = 4, string? dateLine = null, bool identical = false)
    {
        var text = new StringBuilder();
        text.AppendLine("Skip to content").AppendLine();
        foreach (var item in new[] { "Home", "News", "Sport", "Weather", "Culture", "Travel", "Food", "Contact" })
            text.AppendLine("  • " + item);
        text.AppendLine().AppendLine("[ ] Search").AppendLine("[Search]").AppendLine();
        text.AppendLine("We use cookies to give you the best experience. [Accept]").AppendLine();
        text.AppendLine("Home » Coast » History").AppendLine();
        text.AppendLine("What the Lighthouse Logs Tell Us").AppendLine();
        if (dateLine is not null)
            text.AppendLine(dateLine).AppendLine();
        for (var i = 0; i < paragraphs; i++)
            text.AppendLine(i == 0 || identical ? Paragraph : $"{Paragraph} Logbook {i + 1} covers the decade after the one before it.").AppendLine();
        text.AppendLine("Related").AppendLine();
        foreach (var item in new[] { "Storm season starts early", "Harbour wall repaired", "Ferry times change", "New pier opens" })
            text.AppendLine("  • " + item);
        text.AppendLine();
        foreach (var item in new[] { "About", "Contact", "Privacy", "Terms", "Advertise", "Jobs", "Help", "Sitemap", "RSS", "Login", "Register", "Newsletter" })
            text.AppendLine(item);
        text.AppendLine().AppendLine("About | Contact | Privacy | Terms").AppendLine().AppendLine("© 2025 Coast Media. All rights reserved.");
        return text.ToString();
    }
}
