using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Convert.Core.Writing.Docx;

/// <summary>settings.xml: tells Word the document targets its current layout engine, so it does not open in compatibility mode.</summary>
internal static class DocxSettingsContent
{
    public static W.Settings Build() => new(
        new W.DefaultTabStop { Val = 720 },
        new W.CharacterSpacingControl { Val = W.CharacterSpacingValues.DoNotCompress },
        new W.Compatibility(new W.CompatibilitySetting
        {
            Name = W.CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}
