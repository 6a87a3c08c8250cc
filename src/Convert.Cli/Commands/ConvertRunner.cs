using Convert.Cli.Conversion;
using Convert.Cli.Input;
using Convert.Cli.Output;
using Convert.Cli.Reporting;
using Convert.Core;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>Runs <c>convert</c>: checks the invocation, plans the outputs, converts, reports, picks the exit code.</summary>
internal sealed class ConvertRunner(CliEnvironment env)
{
    public async Task<int> RunAsync(ConvertSettings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlannedConversion> plans;
        ConversionJob job;
        try
        {
            var outputFolder = settings.OutputDirectory is { } dir ? Path.GetFullPath(dir, env.CurrentDirectory) : null;
            var inputs = InputResolver.Resolve(settings.Inputs, env.CurrentDirectory, outputFolder);
            if (settings.Title is not null && inputs.Count > 1)
                throw new CliUsageException($"--title applies to one input, got {inputs.Count}");
            var writer = OutputFormats.ResolveWriter(
                settings.To, settings.OutputIsStdout ? null : settings.OutputFile, env.Services.FindWriter);
            plans = OutputPlanner.Plan(settings, inputs, writer, env);
            var engine = ConfigLoader.LoadEngine(settings.ConfigFile, env);
            var reference = ReferenceDocLoader.Load(settings.ReferenceDocFile, settings.Quiet, env);
            job = new ConversionJob(engine, writer, env, new ConversionOptions { TitleOverride = settings.Title, Format = settings.From },
                settings.Force, WriterOptionsOf(settings, reference));
        }
        catch (CliUsageException e)
        {
            env.Error.WriteLine(Diagnostics.Error(e.Message));
            return ExitCodes.UsageOrFatal;
        }

        var parallelism = ParallelismCap.For(settings.Parallelism, plans.Select(p => p.Input).ToList(), env.AvailableMemoryBytes);
        if (parallelism < settings.Parallelism && !settings.Quiet)
            env.Error.WriteLine(Diagnostics.Note($"converting {parallelism} at a time instead of {settings.Parallelism}, so that the batch fits in memory"));
        var reporter = new BatchReporter(env.Error, settings.Quiet, plans.Count, progress: env.IsStderrTerminal);
        var results = await BatchRunner.RunAsync(plans, job, parallelism, reporter.Completed, cancellationToken)
            .ConfigureAwait(false);

        // The summary is for runs that write files; with the document on stdout it would only be noise.
        if (plans is not [{ Target: StdoutTarget }])
            reporter.Summary(results);

        return results.Any(r => r.Outcome == ConversionOutcome.Crashed) ? ExitCodes.UsageOrFatal
            : results.Any(r => r.Outcome == ConversionOutcome.Failed) ? ExitCodes.SomeInputsFailed
            : ExitCodes.Success;
    }

    // One timestamp for the whole batch with --now, so the documents of one run agree.
    private static WriterOptions WriterOptionsOf(ConvertSettings settings, DocxReferenceDocument? reference) => new()
    {
        Timestamp = settings.UseCurrentTime ? DateTimeOffset.UtcNow : WriterOptions.FixedTimestamp,
        Docx = new DocxOptions { Paper = settings.Paper, PrintUrls = settings.PrintUrls, ReferenceDocument = reference },
    };
}
