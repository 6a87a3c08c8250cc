namespace Convert.Cli;

/// <summary>A problem with the invocation found before any work (conflicting options, missing input, bad config): exit 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);
