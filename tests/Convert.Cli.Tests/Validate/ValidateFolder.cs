using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Validate;

/// <summary>
/// A temp folder with articles to validate, run through the CLI wired to the real core: a clean input, the
/// project's bad converted outputs, and whatever a test adds.
/// </summary>
internal sealed class ValidateFolder : IDisposable
{
    public const string CleanArticle = """
        How the River Town Rebuilt Its Harbour

        The harbour of the river town was rebuilt over three summers by the people who use it every day, and the work was paid for by a small levy on every boat that ties up at the quay.

        Fishermen, ferry crews and the sailing club each chose a part of the quay to rebuild, and the council lent them tools, a crane and an engineer who checked every stone before it was set.

        The new harbour opened in June, and the levy will now pay for its upkeep.

        """;

    /// <summary>The clean article with its last sentence cut: one truncation warning.</summary>
    public static readonly string TruncatedArticle = CleanArticle.Replace("its upkeep.", "its upkeep", StringComparison.Ordinal);

    public static string RepoRoot { get; } = FindRoot();

    public TempFolder Folder { get; } = new();

    public string Root => Folder.Root;

    public ValidateFolder WithText(string relative, string content)
    {
        Folder.Write(relative, content);
        return this;
    }

    /// <summary>Copies a file of the repository's fixtures/ folder to <paramref name="relative"/>.</summary>
    public ValidateFolder WithFixture(string fixture, string relative)
    {
        var target = Folder.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(RepoRoot, "fixtures", fixture), target);
        return this;
    }

    public Task<CliResult> Run(params string[] args) =>
        CliRunner.RunAsync(Root, ["validate", .. args], services: CliServices.Default);

    public Task<CliResult> RunWith(string? stdin, bool terminal, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        CliRunner.RunAsync(Root, ["validate", .. args], stdin: stdin, stdoutIsTerminal: terminal, services: CliServices.Default, environment: environment);

    public void Dispose() => Folder.Dispose();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Convert.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Convert.sln not found above the test binaries.");
    }
}
