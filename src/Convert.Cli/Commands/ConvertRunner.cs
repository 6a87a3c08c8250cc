using Convert.Cli.Configuration;
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
        List<InputSource> inputs;
        IEnumerable<PlannedConversion> plans;
        Func<PlannedConversion, ConversionJob> jobFor;
        try
        {
            var outputFolder = settings.OutputDirectory is { } dir ? Path.GetFullPath(dir, env.CurrentDirectory) : null;
            var filter = new GlobFilter(settings.Include, settings.Exclude, env.CurrentDirectory);
            var streamReaderFor = StreamInputs.ReaderFor(settings.From);
            // Files outside this machine's shard are dropped here; a record stream's records are picked as it is read.
            inputs = InputResolver.Resolve(settings.Inputs, env.CurrentDirectory, outputFolder, filter)
                .Where(i => streamReaderFor(i) is not null || settings.Shard.Contains(i.ShardKey)).ToList();
            if (settings.Title is not null && inputs.Count > 1)
                throw new CliUsageException($"--title applies to one input, got {inputs.Count}");
            var streamed = inputs.Any(i => streamReaderFor(i) is not null);
            var writer = OutputFormats.ResolveWriter(StreamInputs.DefaultTo(settings, streamed),
                settings.OutputIsStdout ? null : settings.OutputFile, env.Services.FindWriter);
            // Outputs that exist are kept or replaced per input when converting, not refused here.
            var existing = ExistingPolicyOf(settings);
            if (inputs.Count == 0)
                return NothingInShard(settings);
            if (StreamInputs.WritesOneStream(settings, writer, streamed))
                return RunStream(settings, inputs, writer, existing, streamReaderFor);
            plans = OutputPlanner.Plan(new OutputRequest(settings.OutputFile, settings.OutputDirectory, Force: existing != ExistingOutputPolicy.Refuse), inputs, writer, env);
            // Each input gets the nearest declutter.json above it; all are found and checked before any work (the
            // loader keeps one per folder, not one per input).
            var loader = new ConfigLoader(settings.ConfigFile, settings.NoConfig, env);
            foreach (var input in inputs)
                loader.ForFile(input.FullPath);
            var reference = ReferenceDocLoader.Load(settings.ReferenceDocFile, settings.Quiet, env);
            var options = new ConversionOptions { TitleOverride = settings.Title, Format = settings.From, Encoding = settings.Encoding };
            var jobs = new Dictionary<LoadedConfig, ConversionJob>(ReferenceEqualityComparer.Instance);
            jobFor = plan =>
            {
                var config = loader.ForFile(plan.Input.FullPath);
                if (!jobs.TryGetValue(config, out var job))
                    jobs[config] = job = new ConversionJob(config.Engine, writer, env, options, existing, WriterOptionsOf(settings, reference));
                return job;
            };
        }
        catch (CliUsageException e)
        {
            env.Error.WriteLine(Diagnostics.Error(e.Message));
            return ExitCodes.UsageOrFatal;
        }

        var parallelism = ParallelismCap.For(settings.Parallelism, inputs, env.AvailableMemoryBytes);
        if (parallelism < settings.Parallelism && !settings.Quiet)
            env.Error.WriteLine(Diagnostics.Note($"converting {parallelism} at a time instead of {settings.Parallelism}, so that the batch fits in memory"));
        var reporter = new BatchReporter(env.Error, settings.Quiet, inputs.Count, progress: env.IsStderrTerminal, env.Clock,
            emptyBodyFails: !settings.AllowEmpty);
        await BatchRunner.RunAsync(plans, jobFor, parallelism, reporter.Completed, cancellationToken).ConfigureAwait(false);

        // The summary is for runs that write files; with the document on stdout it would only be noise.
        if (plans is not IReadOnlyList<PlannedConversion> { Count: 1 } single || single[0].Target is not StdoutTarget)
            reporter.Summary();

        return reporter.AnyCrashed ? ExitCodes.UsageOrFatal
            : reporter.AnyFailed ? ExitCodes.SomeInputsFailed
            : ExitCodes.Success;
    }

    private int NothingInShard(ConvertSettings settings)
    {
        if (!settings.Quiet)
            env.Error.WriteLine(BatchReporter.SummaryLine(0, 0, 0, 0) + $" (no input is in shard {settings.Shard})");
        return ExitCodes.Success;
    }

    /// <summary>Every article to one stream: configurations are found and checked for every input before any work.</summary>
    private int RunStream(ConvertSettings settings, IReadOnlyList<InputSource> inputs, IArticleWriter writer, ExistingOutputPolicy existing,
        Func<InputSource, Core.Streams.IRecordStreamReader?> streamReaderFor)
    {
        var loader = new ConfigLoader(settings.ConfigFile, settings.NoConfig, env);
        var engines = inputs.ToDictionary(i => i, i => loader.ForFile(i.FullPath).Engine);
        var reference = ReferenceDocLoader.Load(settings.ReferenceDocFile, settings.Quiet, env);
        var options = new ConversionOptions { TitleOverride = settings.Title, Format = settings.From, Encoding = settings.Encoding };
        var parallelism = ParallelismCap.For(settings.Parallelism, [.. inputs.Where(i => streamReaderFor(i) is null)], env.AvailableMemoryBytes);
        var items = new StreamItems(env, options, settings.Shard, parallelism, i => engines[i], streamReaderFor);
        return new StreamConvertRunner(env).Run(settings, inputs, items, writer, WriterOptionsOf(settings, reference), existing);
    }

    private static ExistingOutputPolicy ExistingPolicyOf(ConvertSettings settings)
    {
        var chosen = new[] { (settings.Force, "--force"), (settings.SkipExisting, "--skip-existing"), (settings.Update, "--update") }
            .Where(o => o.Item1).Select(o => o.Item2).ToList();
        if (chosen.Count > 1)
            throw new CliUsageException($"{string.Join(" and ", chosen)} cannot be used together");
        return settings.Force ? ExistingOutputPolicy.Overwrite
            : settings.SkipExisting ? ExistingOutputPolicy.Skip
            : settings.Update ? ExistingOutputPolicy.UpdateOlder
            : ExistingOutputPolicy.Refuse;
    }

    // One timestamp for the whole batch with --now, so the documents of one run agree.
    private static WriterOptions WriterOptionsOf(ConvertSettings settings, DocxReferenceDocument? reference) => new()
    {
        Timestamp = settings.UseCurrentTime ? DateTimeOffset.UtcNow : WriterOptions.FixedTimestamp,
        FrontMatter = settings.FrontMatter,
        Docx = new DocxOptions { Paper = settings.Paper, PrintUrls = settings.PrintUrls, ReferenceDocument = reference },
    };
}
