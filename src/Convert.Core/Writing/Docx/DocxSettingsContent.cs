using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>
/// settings.xml: automatic hyphenation (in each paragraph's language, from the styles), the footnote separators
/// when there are footnotes, and Word's current layout engine, so the document does not open in compatibility mode.
/// </summary>
internal static class DocxSettingsContent
{
    public static W.Settings Build(bool hasFootnotes)
    {
        var settings = new W.Settings(
            new W.DefaultTabStop { Val = 720 },
            new W.AutoHyphenation(),
            // No more than two hyphenated lines in a row: a ladder of hyphens reads badly in print.
            new W.ConsecutiveHyphenLimit { Val = 2 },
            new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress });
        if (hasFootnotes)
        {
            settings.Append(DocxFootnotes.SettingsProperties());
        }

        settings.Append(new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
        return settings;
    }
}
