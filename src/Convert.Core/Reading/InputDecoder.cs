namespace Convert.Core.Reading;

// PLACEHOLDER: owned by the reading/cleaning helper.
public static class InputDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException();
}
