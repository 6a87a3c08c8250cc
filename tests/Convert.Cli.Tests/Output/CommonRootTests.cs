using Convert.Cli.Output;

namespace Convert.Cli.Tests.Output;

public sealed class CommonRootTests
{
    private static string Rooted(string path) => Path.GetFullPath(Path.Join(Path.GetTempPath(), path));

    [Theory]
    [InlineData(new[] { "in/a", "in/b/c" }, "in")]
    [InlineData(new[] { "in/a" }, "in/a")]
    [InlineData(new[] { "in/a", "in/a/b" }, "in/a")]
    [InlineData(new[] { "in/ab", "in/a" }, "in")]
    [InlineData(new[] { "x/a", "y/b" }, "")]
    public void FindsTheDeepestSharedFolder(string[] folders, string expected) =>
        Assert.Equal(
            Path.TrimEndingDirectorySeparator(Rooted(expected)),
            OutputPlanner.CommonRoot(folders.Select(Rooted)));

    [Fact]
    public void NoFoldersHaveNoRoot() => Assert.Null(OutputPlanner.CommonRoot([]));
}
