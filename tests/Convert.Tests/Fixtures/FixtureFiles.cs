using Convert.Core;
using Convert.Core.Model;

namespace Convert.Tests.Fixtures;

/// <summary>Finds the repository's <c>fixtures/</c> folder from the test binaries, and converts fixtures.</summary>
internal static class FixtureFiles
{
    public static string Root { get; } = FindRoot();

    public static string TextDir => Path.Combine(Root, "fixtures", "text");

    public static string HtmlDir => Path.Combine(Root, "fixtures", "html");

    public static string BadDir => Path.Combine(Root, "fixtures", "bad");

    public static IEnumerable<string> TextFixtureNames() =>
        Directory.EnumerateFiles(TextDir, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    /// <summary>The HTML fixtures, named "html/NAME" so they sit beside the text fixtures' bare names.</summary>
    public static IEnumerable<string> HtmlFixtureNames() =>
        Directory.EnumerateFiles(HtmlDir, "*.html")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)
            .Select(name => HtmlPrefix + name);

    public static IEnumerable<string> AllFixtureNames() => TextFixtureNames().Concat(HtmlFixtureNames());

    /// <summary>Converts a text fixture ("NAME") or an HTML fixture ("html/NAME").</summary>
    public static Article Convert(string name)
    {
        var relative = InputPath(name);
        return ConversionPipeline.Default.Convert(
            File.ReadAllBytes(Path.Combine(Root, relative)), new ConversionOptions { SourcePath = relative.Replace('\\', '/'), InputFolder = Path.GetDirectoryName(Path.Combine(Root, relative)) });
    }

    /// <summary>A golden file beside the fixture, e.g. <c>GoldenPath("html/x", ".expected.json")</c>.</summary>
    public static string GoldenPath(string name, string suffix) =>
        name.StartsWith(HtmlPrefix, StringComparison.Ordinal)
            ? Path.Combine(HtmlDir, name[HtmlPrefix.Length..] + suffix)
            : Path.Combine(TextDir, name + suffix);

    private const string HtmlPrefix = "html/";

    private static string InputPath(string name) =>
        name.StartsWith(HtmlPrefix, StringComparison.Ordinal)
            ? Path.Combine("fixtures", "html", name[HtmlPrefix.Length..] + ".html")
            : Path.Combine("fixtures", "text", name + ".txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convert.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Convert.sln not found above the test binaries.");
    }
}
