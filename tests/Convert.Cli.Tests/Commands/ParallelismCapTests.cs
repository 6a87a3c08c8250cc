using Convert.Cli.Conversion;
using Convert.Cli.Commands;
using Convert.Cli.Input;
using Convert.Cli.Tests.Infrastructure;

namespace Convert.Cli.Tests.Commands;

/// <summary>-j is lowered so that the conversions running at once fit in three quarters of the available memory.</summary>
public sealed class ParallelismCapTests : IDisposable
{
    private const long MiB = 1024 * 1024;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void TwoLargePagesOnASmallMachineRunOneAtATime()
    {
        var inputs = new[] { Input("a.html", 8 * MiB), Input("b.html", 8 * MiB) };

        Assert.Equal(1, ParallelismCap.For(2, inputs, availableBytes: 1024 * MiB));
    }

    [Fact]
    public void SmallArticlesKeepTheRequestedParallelism()
    {
        var inputs = Enumerable.Range(0, 20).Select(i => Input($"{i}.txt", 3000)).ToArray();

        Assert.Equal(16, ParallelismCap.For(16, inputs, availableBytes: 8 * 1024 * MiB));
    }

    [Fact]
    public void TheLargestInputSetsTheCap()
    {
        var inputs = new[] { Input("small.txt", 1000), Input("big.txt", 64 * MiB) };
        var each = ParallelismCap.BytesPerConversion(64 * MiB);

        Assert.Equal((int)(16L * 1024 * MiB * 3 / 4 / each), ParallelismCap.For(16, inputs, availableBytes: 16 * 1024 * MiB));
    }

    [Fact]
    public void NeverBelowOne()
    {
        var inputs = new[] { Input("a.txt", 200 * MiB), Input("b.txt", 10) };

        Assert.Equal(1, ParallelismCap.For(8, inputs, availableBytes: 100 * MiB));
    }

    private InputSource Input(string name, long size)
    {
        var path = _folder.PathOf(name);
        using (var file = File.Create(path))
            file.SetLength(size);
        return new InputSource(name, path, _folder.Root);
    }
}
