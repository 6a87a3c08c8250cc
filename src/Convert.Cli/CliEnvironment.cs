namespace Convert.Cli;

/// <summary>
/// Everything the CLI touches outside its arguments: the standard streams, the current folder, whether stdout is a
/// terminal, and the core services. Tests build one with captured streams and fakes; the program uses <see cref="FromConsole"/>.
/// </summary>
internal sealed class CliEnvironment
{
    /// <summary>Inputs larger than this fail with a clear reason instead of being read into memory.</summary>
    public const long DefaultMaxInputBytes = 256L * 1024 * 1024;

    /// <summary>Text output (schema, rules table, help). Documents go to <see cref="StandardOutput"/>.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Diagnostics: errors, warnings and the summary line.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>The raw stdout stream documents are written to (docx is binary, so not through <see cref="Out"/>).</summary>
    public required Stream StandardOutput { get; init; }

    public required Stream StandardInput { get; init; }

    /// <summary>The folder relative paths are resolved against.</summary>
    public required string CurrentDirectory { get; init; }

    /// <summary>True when stdout is a terminal: binary output is refused there.</summary>
    public required bool IsStdoutTerminal { get; init; }

    /// <summary>True when stderr is a terminal: a long batch then shows a progress counter there.</summary>
    public bool IsStderrTerminal { get; init; }

    public CliServices Services { get; init; } = CliServices.Default;

    /// <summary>Reads an environment variable (NO_COLOR); tests pass their own.</summary>
    public Func<string, string?> GetEnvironmentVariable { get; init; } = Environment.GetEnvironmentVariable;

    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    /// <summary>The clock of progress lines; tests pass a fake one.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
    /// <summary>The memory the runtime may use; -j is lowered so that a batch fits in it. Tests pass their own.</summary>
    public long AvailableMemoryBytes
    {
        // Asked only when a batch is planned: most runs never need it.
        get => _availableMemoryBytes ??= Conversion.ParallelismCap.AvailableBytes();
        init => _availableMemoryBytes = value;
    }

    private long? _availableMemoryBytes;

    public static CliEnvironment FromConsole() => new()
    {
        Out = Console.Out,
        Error = new BestEffortTextWriter(Console.Error),
        StandardOutput = Console.OpenStandardOutput(),
        StandardInput = ClosedStandardInput.IsClosed() ? ClosedStandardInput.Stream : Console.OpenStandardInput(),
        CurrentDirectory = Directory.GetCurrentDirectory(),
        IsStdoutTerminal = !Console.IsOutputRedirected,
        IsStderrTerminal = !Console.IsErrorRedirected,
    };
}
