using System.Text;
using Convert.Cli.Commands;
using Convert.Cli.Input;
using Convert.Cli.Output;
using Convert.Cli.Reporting;
using Convert.Core.Cleaning;
using Convert.Core.Model;
using Convert.Core.Validation;
using Convert.Core.Writing.Json;

namespace Convert.Cli.Validate;

/// <summary>
/// Runs <c>validate</c>: resolves the inputs, loads the config, checks the files one at a time and hands each
/// file's findings to the report, then writes the summary to stderr and picks the exit code.
/// </summary>
internal sealed class ValidateRunner(CliEnvironment env)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public int Run(ValidateSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<InputSource> inputs;
        ValidationSettings validation;
        string? outputPath;
        try
        {
            outputPath = settings.OutputFile is { } output ? Path.GetFullPath(output, env.CurrentDirectory) : null;
            if (outputPath is not null && Directory.Exists(outputPath))
                throw new CliUsageException($"{settings.OutputFile}: is a directory");
            // Only an earlier report is left out of the walk; any other file there is checked, so never replaced.
            var earlierReport = outputPath is not null && ReportTarget.IsEarlierReport(outputPath) ? outputPath : null;
            inputs = new ValidateInputResolver(settings.Include, settings.Exclude, env.CurrentDirectory, earlierReport).Resolve(settings.Inputs);
            if (outputPath is not null)
                ReportTarget.Check(settings.OutputFile!, outputPath, inputs);
            if (inputs.Count == 0)
                throw new CliUsageException("no files to check (after --include/--exclude)");
            var (engine, severities) = ConfigLoader.LoadValidation(settings.ConfigFile, env);
            validation = new ValidationSettings
            {
                Convert = (input, options) => engine.Convert(input, options),
                Clutter = new ClutterLookup(new RuleSet(engine.Rules)),
                Severities = severities,
                MinWords = settings.MinWords,
            };
        }
        catch (CliUsageException e)
        {
            env.Error.WriteLine(Diagnostics.Error(e.Message));
            return ExitCodes.UsageOrFatal;
        }

        RunOutcome outcome = default;
        try
        {
            if (outputPath is null)
            {
                outcome = Check(inputs, settings, validation, env.StandardOutput, color: UseColor(settings), cancellationToken);
            }
            else
            {
                // Reports are regenerated on every run, so an existing one is replaced (as ESLint's and Ruff's -o do).
                AtomicFileWriter.Write(outputPath, overwrite: true,
                    stream => outcome = Check(inputs, settings, validation, stream, color: false, cancellationToken));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Diagnostics.Error($"{settings.OutputFile ?? "stdout"}: cannot write the report: {e.Message}"));
            return ExitCodes.UsageOrFatal;
        }

        if (!settings.Quiet)
            env.Error.WriteLine(outcome.Summary.Line);
        env.Error.Flush();
        if (outcome.Failures > 0)
            return ExitCodes.UsageOrFatal;
        var tooManyWarnings = settings.MaxWarnings >= 0 && outcome.Summary.Warnings > settings.MaxWarnings;
        if (tooManyWarnings && !settings.Quiet)
            env.Error.WriteLine(Diagnostics.Error($"{outcome.Summary.Warnings} warnings, more than --max-warnings {settings.MaxWarnings}"));
        return outcome.Summary.Errors > 0 || tooManyWarnings ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private readonly record struct RunOutcome(ValidationSummary Summary, int Failures);

    private RunOutcome Check(IReadOnlyList<InputSource> inputs, ValidateSettings settings, ValidationSettings validation,
        Stream output, bool color, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(output, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
        IValidationReport report = settings.Format switch
        {
            ReportFormat.Json => new JsonReport(output),
            ReportFormat.Sarif => new SarifReport(output),
            ReportFormat.Junit => new JunitReport(writer),
            ReportFormat.Github => new GithubReport(writer),
            _ => new TextReport(writer, color),
        };
        using var disposable = report as IDisposable;

        int files = 0, errors = 0, warnings = 0, infos = 0, failures = 0;
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var findings = CheckOne(input, settings, validation, ref failures);
            if (findings is null)
                continue;
            files++;
            errors += findings.Count(f => f.Severity == Severity.Error);
            warnings += findings.Count(f => f.Severity == Severity.Warning);
            infos += findings.Count(f => f.Severity == Severity.Info);
            var shown = settings.Quiet ? findings.Where(f => f.Severity == Severity.Error).ToList() : findings;
            report.Add(new CheckedFile(DisplayPath(input, settings), RepoPath(input, settings), shown));
        }

        var summary = new ValidationSummary(files, errors, warnings, infos);
        report.Finish(summary);
        writer.Flush();
        return new RunOutcome(summary, failures);
    }

    private IReadOnlyList<Finding>? CheckOne(InputSource input, ValidateSettings settings, ValidationSettings validation, ref int failures)
    {
        var name = DisplayPath(input, settings);
        var kind = FileKinds.FromPath(name) ?? FileKind.Text;
        byte[] bytes;
        try
        {
            // An article JSON over its limit is refused unread rather than read whole first.
            var maxBytes = kind == FileKind.Json ? Math.Min(env.MaxInputBytes, Convert.Core.Limits.JsonLimits.MaxBytes + 3) : env.MaxInputBytes;
            bytes = InputReader.Read(input, env.StandardInput, maxBytes);
        }
        catch (InputTooLargeException e)
        {
            return [new Finding(ValidationRules.Unreadable, validation.Severities.For(ValidationRules.Unreadable) ?? Severity.Error, e.Message, name)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Diagnostics.Error(input.DisplayPath, $"cannot read: {e.Message}"));
            failures++;
            return null;
        }

        try
        {
            return FileValidator.Validate(name, bytes, kind, validation, kind == FileKind.Docx ? SiblingJson(input) : null);
        }
#pragma warning disable CA1031 // A crash on one file is reported and ends the run with exit 2, but the other files are still checked.
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            env.Error.WriteLine(Diagnostics.Error(input.DisplayPath, $"internal error: {e.GetType().Name}: {e.Message}"));
            failures++;
            return null;
        }
    }

    /// <summary>The article of NAME.json beside NAME.docx, when there is one and it reads.</summary>
    private static Article? SiblingJson(InputSource input)
    {
        if (input.FullPath is null)
            return null;
        var path = Path.ChangeExtension(input.FullPath, ".json");
        try
        {
            if (!File.Exists(path))
                return null;
            using var stream = File.OpenRead(path);
            return JsonArticleReader.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonArticleFormatException)
        {
            // The JSON gets its own findings when it is validated; here it only tells what the document should hold.
            return null;
        }
    }

    private static string DisplayPath(InputSource input, ValidateSettings settings) =>
        input.IsStdin ? settings.StdinFileName ?? InputSource.StdinDisplayName : input.DisplayPath;

    /// <summary>The path relative to the current folder with '/' separators, as SARIF and GitHub annotations need.</summary>
    private string RepoPath(InputSource input, ValidateSettings settings)
    {
        if (input.FullPath is null)
            return (settings.StdinFileName ?? InputSource.StdinDisplayName).Replace('\\', '/');
        var relative = Path.GetRelativePath(env.CurrentDirectory, input.FullPath).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? new Uri(input.FullPath).AbsoluteUri
            : relative;
    }

    // Colour only for people: the text report on a terminal, unless NO_COLOR is set (https://no-color.org).
    private bool UseColor(ValidateSettings settings) =>
        settings.Format == ReportFormat.Text && env.IsStdoutTerminal && string.IsNullOrEmpty(env.GetEnvironmentVariable("NO_COLOR"));
}
