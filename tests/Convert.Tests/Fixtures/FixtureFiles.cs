using Convert.Core;
using Convert.Core.Model;

namespace Convert.Tests.Fixtures;

/// <summary>Finds the repository's <c>fixtures/</c> folder from the test binaries, and converts fixtures.</summary>
internal static class FixtureFiles
{
    public static string Root { get; } = FindRoot();

    public static string TextDir => Path.Combine(Root, "fixtures", "text");

    public static string BadDir => Path.Combine(Root, "fixtures", "bad");

    public static IEnumerable<string> TextFixtureNames() =>
        Directory.EnumerateFiles(TextDir, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static Article Convert(string name) =>
        ConversionPipeline.Default.Convert(
            File.ReadAllBytes(Path.Combine(TextDir, name + ".txt")),
            new ConversionOptions { SourcePath = $"fixtures/text/{name}.txt" });

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
