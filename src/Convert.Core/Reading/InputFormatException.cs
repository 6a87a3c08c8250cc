namespace Convert.Core.Reading;

/// <summary>The input cannot be read as an article (binary, empty, badly encoded...). The message is one line, for a person.</summary>
public sealed class InputFormatException(string message) : Exception(message);
