using Convert.Cli.Configuration;
using System.Text;
using Convert.Cli.Input;
using Convert.Cli.Output;
using Convert.Cli.Reporting;
using Convert.Core.Cleaning;
using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>
/// Runs <c>validate</c>: resolves the inputs and the config of each, checks the files one at a time and hands each
/// file's reported findings to the report, then writes statistics and the summary to stderr and picks the exit code.
/// </summary>
internal sealed class ValidateRunner(CliEnvironment env)
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    private sealed record Plan(
        IReadOnlyList<(InputSource Input, LoadedConfig Config)> Inputs,
        FileSeverities Severities,
        Baseline? Baseline,
        string? OutputPath,
        string? WriteBaselinePath);

    public int Run(ValidateSettings settings, CancellationToken cancellationToken)
    {
        Plan plan;
        try
        {
            plan = Prepare(settings);
        }
        catch (CliUsageException e)
        {
            env.Error.WriteLine(Diagnostics.Error(e.Message));
            return ExitCodes.UsageOrFatal;
        }

        RunOutcome outcome = default!;
        try
        {
            if (plan.OutputPath is null)
            {
                outcome = Check(plan, settings, env.StandardOutput, color: UseColor(settings), cancellationToken);
            }
            else
            {
                // Reports are regenerated on every run, so an existing one is replaced (as ESLint's and Ruff's -o do).
                AtomicFileWriter.Write(plan.OutputPath, overwrite: true,
                    stream => outcome = Check(plan, settings, stream, color: false, cancellationToken));
            }
            if (plan.WriteBaselinePath is { } baselinePath)
                Baseline.Write(baselinePath, outcome.Reported);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Diagnostics.Error($"{settings.OutputFile ?? settings.WriteBaselineFile ?? "stdout"}: cannot write: {e.Message}"));
            return ExitCodes.UsageOrFatal;
        }

        return Finish(settings, outcome);
    }

    private Plan Prepare(ValidateSettings settings)
    {
        var outputPath = FullPathOf(settings.OutputFile);
        if (outputPath is not null && Directory.Exists(outputPath))
            throw new CliUsageException($"{settings.OutputFile}: is a directory");
        var baselinePath = FullPathOf(settings.BaselineFile);
        var writeBaselinePath = FullPathOf(settings.WriteBaselineFile);
        var select = RuleSelection.Parse(settings.Select, "--select");
        var ignore = RuleSelection.Parse(settings.Ignore, "--ignore");

        // Only an earlier report is left out of the walk; any other file there is checked, so never replaced.
        var earlierReport = outputPath is not null && ReportTarget.IsEarlierReport(outputPath) ? outputPath : null;
        string?[] skipped = [earlierReport, baselinePath, writeBaselinePath];
        var inputs = new ValidateInputResolver(settings.Include, settings.Exclude, env.CurrentDirectory, skipped.OfType<string>().ToList())
            .Resolve(settings.Inputs);
        if (outputPath is not null)
            ReportTarget.Check(settings.OutputFile!, outputPath, inputs);
        if (inputs.Count == 0)
            throw new CliUsageException("no files to check (after --include/--exclude)");

        // Every config is found and checked before the first file, so a bad config stops the run before any work.
        var loader = new ConfigLoader(settings.ConfigFile, settings.NoConfig, env);
        var configured = inputs.Select(input => (input, loader.ForFile(ConfigPathOf(input, settings)))).ToList();
        var baseline = baselinePath is null ? null : Baseline.Load(settings.BaselineFile!, baselinePath);
        if (writeBaselinePath is not null)
            Baseline.CheckReplaceable(settings.WriteBaselineFile!, writeBaselinePath);
        return new Plan(configured, new FileSeverities(select, ignore, env.CurrentDirectory), baseline, outputPath, writeBaselinePath);
    }

    private sealed record RunOutcome(ValidationSummary Summary, IReadOnlyDictionary<string, int> PerRule, List<(string FileKey, Finding Finding)> Reported);

    private RunOutcome Check(Plan plan, ValidateSettings settings, Stream output, bool color, CancellationToken cancellationToken)
    {
        using var writer = new StreamWriter(output, Utf8NoBom, leaveOpen: true) { NewLine = "\n" };
        var paths = ReportPaths.From(env);
        IValidationReport report = settings.Format switch
        {
            ReportFormat.Json => new JsonReport(output),
            ReportFormat.Sarif => new SarifReport(output, paths),
            ReportFormat.Junit => new JunitReport(writer),
            ReportFormat.Github => new GithubReport(writer),
            ReportFormat.Gitlab => new GitlabReport(output),
            ReportFormat.Concise => new ConciseReport(writer),
            _ => new TextReport(writer, color),
        };
        using var disposable = report as IDisposable;

        var checker = new FileChecker(env);
        var validations = new Dictionary<LoadedConfig, ValidationSettings>(ReferenceEqualityComparer.Instance);
        var perRule = new Dictionary<string, int>(StringComparer.Ordinal);
        var reported = new List<(string, Finding)>();
        int files = 0, errors = 0, warnings = 0, infos = 0, failures = 0, baselined = 0;
        foreach (var (input, config) in plan.Inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = DisplayPath(input, settings);
            var repoPath = input.FullPath is null ? name.Replace('\\', '/') : paths.Relative(input.FullPath);
            var validation = ValidationFor(config, validations, settings) with
            {
                Severities = plan.Severities.For(config, ConfigPathOf(input, settings) ?? Path.Combine(env.CurrentDirectory, name)),
            };
            var (findings, failure, elapsed) = checker.Check(input, name, validation);
            if (failure is not null)
            {
                failures++;
                env.Error.WriteLine(Diagnostics.Error(ReportText.Escape(input.DisplayPath), failure.Message));
            }
            else
            {
                files++;
            }

            var shown = new List<Finding>();
            foreach (var finding in findings.Where(f => f.Severity >= settings.EffectiveMinSeverity))
            {
                if (plan.WriteBaselinePath is { } writeTo)
                    reported.Add((Baseline.FileKey(writeTo, input.FullPath, name), finding));
                if (plan.Baseline?.Absorbs(input.FullPath, name, finding) == true)
                {
                    baselined++;
                    continue;
                }
                shown.Add(finding);
                perRule[finding.RuleId] = perRule.GetValueOrDefault(finding.RuleId) + 1;
            }
            errors += shown.Count(f => f.Severity == Severity.Error);
            warnings += shown.Count(f => f.Severity == Severity.Warning);
            infos += shown.Count(f => f.Severity == Severity.Info);
            report.Add(new CheckedFile(name, repoPath, shown, elapsed, failure));
        }

        var summary = new ValidationSummary(files, errors, warnings, infos, failures, baselined);
        report.Finish(summary);
        writer.Flush();
        return new RunOutcome(summary, perRule, reported);
    }

    private int Finish(ValidateSettings settings, RunOutcome outcome)
    {
        if (settings.Statistics)
            env.Error.Write(RuleStatistics.Format(outcome.PerRule));
        if (!settings.Quiet)
            env.Error.WriteLine(outcome.Summary.Line);
        if (settings.WriteBaselineFile is { } written && !settings.Quiet)
            env.Error.WriteLine($"{ToolInfo.Name}: wrote {outcome.Reported.Count} {(outcome.Reported.Count == 1 ? "finding" : "findings")} to the baseline {written}");
        env.Error.Flush();
        if (outcome.Summary.Failures > 0)
            return ExitCodes.UsageOrFatal;
        // A run that writes a baseline accepts what it finds; --exit-zero asks for the findings without the verdict.
        if (settings.ExitZero || settings.WriteBaselineFile is not null)
            return ExitCodes.Success;
        var tooManyWarnings = settings.MaxWarnings >= 0 && outcome.Summary.Warnings > settings.MaxWarnings;
        if (tooManyWarnings && !settings.Quiet)
            env.Error.WriteLine(Diagnostics.Error($"{outcome.Summary.Warnings} warnings, more than --max-warnings {settings.MaxWarnings}"));
        return outcome.Summary.Errors > 0 || tooManyWarnings ? ExitCodes.SomeInputsFailed : ExitCodes.Success;
    }

    private static ValidationSettings ValidationFor(LoadedConfig config, Dictionary<LoadedConfig, ValidationSettings> cache, ValidateSettings settings)
    {
        if (!cache.TryGetValue(config, out var validation))
        {
            var engine = config.Engine;
            cache[config] = validation = new ValidationSettings
            {
                Convert = engine.Convert,
                Clutter = new ClutterLookup(new RuleSet(engine.Rules)),
                Severities = config.Severities,
                MinWords = settings.MinWords,
            };
        }
        return validation;
    }

    private string? FullPathOf(string? path) => path is null ? null : Path.GetFullPath(path, env.CurrentDirectory);

    // Where a file's config and overrides are looked up: the file itself, or for stdin the path --stdin-filename names.
    private string? ConfigPathOf(InputSource input, ValidateSettings settings) =>
        input.FullPath ?? (settings.StdinFileName is { } stdinName ? Path.GetFullPath(stdinName, env.CurrentDirectory) : null);

    private static string DisplayPath(InputSource input, ValidateSettings settings) =>
        input.IsStdin ? settings.StdinFileName ?? InputSource.StdinDisplayName : input.DisplayPath;

    // Colour only for people: the text report on a terminal, unless NO_COLOR is set (https://no-color.org).
    private bool UseColor(ValidateSettings settings) =>
        settings.Format == ReportFormat.Text && env.IsStdoutTerminal && string.IsNullOrEmpty(env.GetEnvironmentVariable("NO_COLOR"));
}
