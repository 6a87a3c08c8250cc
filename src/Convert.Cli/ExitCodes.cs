namespace Convert.Cli;

/// <summary>The ESLint/Ruff exit-code scheme, so CI scripts can tell bad inputs from a bad invocation.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was converted.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed: unreadable content, a refused write, an existing output; or an article's body is empty
    /// without --allow-empty. validate: errors, or more warnings than --max-warnings.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Usage, config or I/O error before any work, or an internal error.</summary>
    public const int UsageOrFatal = 2;

    /// <summary>The exit-code section appended to --help.</summary>
    public const string HelpText = """
        Exit codes:
          0  all inputs converted (or skipped with --skip-existing/--update)
          1  some inputs failed (bad content, write refused, output exists), or a body is empty (see --allow-empty)
          2  usage, config or I/O error before any work (or an internal error)
          validate: 0 no errors and warnings within --max-warnings, 1 errors or too many warnings,
                    2 usage, config or I/O error
        """;
}
