namespace Convert.Core.Limits;

/// <summary>An input goes past one of the limits that bound the time and memory of a conversion or a check.</summary>
public sealed class LimitExceededException : Exception
{
    public LimitExceededException()
    {
    }

    public LimitExceededException(string message)
        : base(message)
    {
    }

    public LimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
