using System.Text;
using Convert.Core.Limits;
using Convert.Core.Validation;
using Convert.Core.Writing.Json;
using Convert.Tests.Validation;

namespace Convert.Tests.Limits;

/// <summary>Article JSON over the size, depth or value limits is one finding (or one reader error), never parsed whole.</summary>
public sealed class JsonLimitsTests
{
    [Fact]
    public void OversizedJsonIsUnreadable()
    {
        var json = "{\"title\":\"" + new string('a', JsonLimits.MaxBytes) + "\"}";

        var finding = Assert.Single(Validate.JsonFile(json));

        Assert.Equal(ValidationRules.Unreadable, finding.RuleId);
        Assert.Contains("over the limit of 4 MiB", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepJsonIsUnreadable()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);

        var finding = Assert.Single(Validate.JsonFile(json));

        Assert.Contains("more than 64 levels", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonWithTooManyValuesIsUnreadable()
    {
        var json = "[" + string.Join(",", Enumerable.Repeat("0", JsonLimits.MaxValues + 1)) + "]";

        var finding = Assert.Single(Validate.JsonFile(json));

        Assert.Contains("values", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderStopsAtTheLimitOfAnEndlessStream()
    {
        using var endless = new EndlessStream();

        Assert.Throws<JsonArticleFormatException>(() => JsonArticleReader.Read(endless));

        Assert.True(endless.Served <= JsonLimits.MaxBytes + 200_000, $"read {endless.Served} bytes");
    }

    [Fact]
    public void TheToolsOwnJsonIsWithinTheLimits()
    {
        var json = File.ReadAllBytes(Fixtures.FixtureFiles.GoldenPath("multi-author-bios", ".expected.json"));

        Assert.Null(JsonLimits.Problem(json));
    }

    /// <summary>"[0,0,0,..." without end, counting what was read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
                buffer[offset + i] = Served + i == 0 ? (byte)'[' : (Served + i) % 2 == 1 ? (byte)'0' : (byte)',';
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
