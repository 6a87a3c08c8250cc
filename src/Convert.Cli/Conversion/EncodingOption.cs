using System.CommandLine;
using System.Text;
using Convert.Core.Reading;

namespace Convert.Cli.Conversion;

/// <summary>--encoding NAME: read every input in one encoding; an unknown name is a usage error naming it.</summary>
internal static class EncodingOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--encoding")
        {
            Description = "Read inputs as NAME (utf-8, windows-1251, iso-8859-2, cp1250, koi8-r, shift_jis...) instead of "
                + "detecting it; a byte order mark or a page's charset is then ignored",
            HelpName = "NAME",
        };
        // For shell completion; any name .NET or the code pages know is accepted.
        option.CompletionSources.Add("utf-8", "utf-16", "windows-1250", "windows-1251", "windows-1252", "windows-1253",
            "iso-8859-1", "iso-8859-2", "iso-8859-7", "koi8-r", "shift_jis", "euc-jp", "gb18030", "big5", "euc-kr");
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && TextEncodings.Find(token.Value) is null)
                result.AddError($"--encoding: unknown encoding '{token.Value}' (try utf-8, windows-1251, iso-8859-2, cp1250 or a code page number)");
        });
        return option;
    }

    public static Encoding? Value(ParseResult parseResult, Option<string> option) =>
        parseResult.GetValue(option) is { } name ? TextEncodings.Find(name) : null;
}
