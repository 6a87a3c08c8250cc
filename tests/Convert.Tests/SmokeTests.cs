namespace Convert.Tests;

public class SmokeTests
{
    [Fact]
    public void SourceSpanNoneIsZero() => Assert.Equal(0, Convert.Core.Model.SourceSpan.None.StartLine);
}
