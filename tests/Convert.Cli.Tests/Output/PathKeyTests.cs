using Convert.Cli.Input;
using Convert.Cli.Output;

namespace Convert.Cli.Tests.Output;

/// <summary>Paths are looked up by 128-bit keys, so a batch keeps no table of path strings.</summary>
public sealed class PathKeyTests
{
    [Fact]
    public void ThousandsOfNearlyEqualPathsGetDistinctKeys()
    {
        var paths = Enumerable.Range(0, 50_000).Select(i => $"/data/crawl/d{i / 1000:000}/a{i:00000}.txt").ToList();
        paths.AddRange(paths.Select(p => p + "x").ToList());

        Assert.Equal(paths.Count, paths.Select(PathKey.Of).Distinct().Count());
    }

    [Fact]
    public void KeysFollowThePlatformsPathComparison()
    {
        var sameWhenCaseIsIgnored = PathKey.Of("/in/Article.txt") == PathKey.Of("/in/article.txt");

        Assert.Equal(PathComparison.Comparer.Equals("/in/Article.txt", "/in/article.txt"), sameWhenCaseIsIgnored);
        Assert.Equal(PathKey.Of("/in/a.txt"), PathKey.Of(new string("/in/a.txt".ToCharArray())));
    }

    [Fact]
    public void AnOutputIsClaimedByTheFirstInputOnly()
    {
        var first = new InputSource("a.text", "/in/a.text", "/in");
        var second = new InputSource("a.txt", "/in/a.txt", "/in");
        var claims = new OutputClaims();

        Assert.Null(claims.Claim("/out/a.json", first));
        Assert.Same(first, claims.Claim("/out/a.json", second));
        Assert.Null(claims.Claim("/out/b.json", second));
    }
}
