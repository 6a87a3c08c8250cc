using Convert.Core.Streams;
using CsCheck;

namespace Convert.Tests.Streams;

/// <summary>--shard K/N: every key in exactly one shard, the same one on every run and platform.</summary>
public sealed class ShardTests
{
    [Fact]
    public void EveryKeyIsInExactlyOneShard()
    {
        Gen.Select(Gen.String, Gen.Int[1, 64]).Sample((key, count) =>
            Enumerable.Range(1, count).Count(k => new Shard(k, count).Contains(key)) == 1);
    }

    [Fact]
    public void TheUnionOfAllShardsIsTheWholeWithNothingTwice()
    {
        Gen.Select(Gen.String[0, 40].List[0, 200], Gen.Int[1, 16]).Sample((keys, count) =>
        {
            var parts = Enumerable.Range(1, count).SelectMany(k => keys.Where(new Shard(k, count).Contains)).ToList();
            return parts.Order(StringComparer.Ordinal).SequenceEqual(keys.Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    // FNV-1a 64 test vectors (Fowler, Noll and Vo), so the split cannot drift between runs, versions or platforms.
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void TheHashIsFnv1a64(string text, ulong expected) => Assert.Equal(expected, StableHash.Fnv1a64(text));

    [Fact]
    public void ALongKeyHashesLikeAShortOneWouldByteForByte()
    {
        var key = new string('é', 300);

        var expected = 0xcbf29ce484222325UL;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(key))
            expected = (expected ^ b) * 1099511628211UL;

        Assert.Equal(expected, StableHash.Fnv1a64(key));
    }

    [Theory]
    [InlineData("2/8", 2, 8)]
    [InlineData("1/1", 1, 1)]
    public void KOverNIsRead(string text, int k, int n) => Assert.Equal(new Shard(k, n), Shard.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1-4")]
    [InlineData("-1/4")]
    [InlineData("1/4/2")]
    public void OtherValuesAreRefused(string text) => Assert.Throws<FormatException>(() => Shard.Parse(text));
}
