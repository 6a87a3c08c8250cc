using System.Text;

namespace Convert.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the CLI produced.</summary>
public sealed record CliResult(int ExitCode, byte[] StdoutBytes, string Stderr)
{
    public string Stdout => Encoding.UTF8.GetString(StdoutBytes);

    /// <summary>Stderr split into lines, without the trailing empty line.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}

/// <summary>Runs <see cref="CliApp"/> in process with captured streams, a chosen current folder and fake services.</summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(
        string currentDirectory,
        string[] args,
        string? stdin = null,
        bool stdoutIsTerminal = false,
        long maxInputBytes = CliEnvironment.DefaultMaxInputBytes,
        CliServices? services = null,
        IReadOnlyDictionary<string, string>? environment = null,
        byte[]? stdinBytes = null)
    {
        using var stdout = new MemoryStream();
        using var outWriter = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        using var stderr = new StringWriter();
        using var stdinStream = new MemoryStream(stdinBytes ?? Encoding.UTF8.GetBytes(stdin ?? ""));
        var env = new CliEnvironment
        {
            Out = outWriter,
            Error = stderr,
            StandardOutput = stdout,
            StandardInput = stdinStream,
            CurrentDirectory = currentDirectory,
            IsStdoutTerminal = stdoutIsTerminal,
            MaxInputBytes = maxInputBytes,
            Services = services ?? FakeServices.Create(),
            GetEnvironmentVariable = name => environment is not null && environment.TryGetValue(name, out var value) ? value : null,
        };

        var exitCode = await CliApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        outWriter.Flush();
        return new CliResult(exitCode, stdout.ToArray(), stderr.ToString());
    }
}
