namespace Convert.Core.Learning;

/// <summary>A model file that is missing, malformed or does not fit the code that reads it.</summary>
public sealed class ModelFormatException : Exception
{
    public ModelFormatException(string message) : base(message) { }

    public ModelFormatException(string message, Exception inner) : base(message, inner) { }
}
