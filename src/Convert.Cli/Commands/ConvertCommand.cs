using System.CommandLine;
using System.Globalization;
using Convert.Cli.Configuration;
using Convert.Cli.Conversion;
using Convert.Cli.Output;
using Convert.Cli.Usage;
using Convert.Core;
using Convert.Core.Reading;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary><c>declutter convert</c>: the options and their mapping to <see cref="ConvertSettings"/>.</summary>
internal static class ConvertCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = InputArgument.Create(string.Join(", ", InputReaders.FolderExtensions));
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the document to FILE (one input only); - for stdout",
            HelpName = "FILE",
        };
        var outputDirectory = new Option<string>("--output-dir")
        {
            Description = "Write one document per input under DIR, mirroring the input folders",
            HelpName = "DIR",
        };
        var to = new Option<string>("--to", "-t")
        {
            Description = "Output format (default: from -o's extension, else json)",
            HelpName = "json|docx|md|txt|jsonl",
        };
        to.AcceptOnlyFromAmong([.. OutputFormats.AcceptedNames]);
        var from = ChoiceOption.Create("--from", [("auto", InputFormat.Auto), .. InputReaders.All.Select(r => (r.Name, r.Format))], "-f");
        from.Description = "Input format (default auto: by extension, then by content; "
            + string.Join("; ", InputReaders.All.Select(r => $"{r.Name}: {r.Description} ({string.Join(", ", r.Extensions)})")) + ")";
        var title = new Option<string>("--title") { Description = "Use TEXT as the title (one input only)", HelpName = "TEXT" };
        var config = ConfigLoader.CreateOption();
        var noConfig = ConfigLoader.CreateNoConfigOption();
        var force = new Option<bool>("--force") { Description = "Overwrite existing output files (never an input)" };
        var skipExisting = new Option<bool>("--skip-existing")
        {
            Description = "Keep output files that exist and count their inputs as skipped (resume a batch)",
        };
        var update = new Option<bool>("--update") { Description = "Convert again only inputs modified after their output file" };
        var include = new Option<string[]>("--include")
        {
            Description = "Convert only walked files matching GLOB (repeatable; same rules as validate)",
            HelpName = "GLOB",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Skip walked files matching GLOB, e.g. \"**/expected.html\" (repeatable)",
            HelpName = "GLOB",
        };
        var encoding = EncodingOption.Create();
        var allowEmpty = new Option<bool>("--allow-empty")
        {
            Description = "An article whose body is empty after cleaning is a warning only (default: it makes the exit code 1)",
        };
        var noFrontMatter = new Option<bool>("--no-front-matter")
        {
            Description = "Markdown without YAML front matter, text without the header block of metadata",
        };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print errors only: no warnings, no summary" };
        var parallel = new Option<int>("--parallel", "-j")
        {
            Description = "Convert N inputs at a time (1 = one after another)",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        // Reads the token rather than GetValueOrDefault, which throws when the token is not a number at all
        // (that case already has its own parse error).
        parallel.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value < 1)
                result.AddError("--parallel must be at least 1");
        });

        var paper = ChoiceOption.Create("--paper", [("a4", PaperSize.A4), ("letter", PaperSize.Letter)]);
        paper.Description = "Word paper size (default: Letter for US/Canada/Mexico/Philippines articles, else A4)";
        var printUrls = ChoiceOption.Create("--print-urls",
            [("footnote", PrintedUrls.Footnote), ("inline", PrintedUrls.Inline), ("none", PrintedUrls.None)]);
        printUrls.Description = "Where Word prints a link's address (default: footnote)";
        var referenceDoc = new Option<string>("--reference-doc")
        {
            Description = "Take Word styles, fonts, page setup, header and footer from FILE (see 'declutter reference-doc')",
            HelpName = "FILE",
        };
        var shard = ShardOption.Create();
        var now = new Option<bool>("--now") { Description = "Stamp Word packages with the current time instead of a fixed one" };

        var command = new Command("convert", "Convert scraped articles to clean documents")
        {
            inputs, output, outputDirectory, to, from, title, config, noConfig, force, skipExisting, update, include, exclude, encoding,
            allowEmpty, noFrontMatter, quiet, parallel, paper, printUrls, referenceDoc, now, shard,
        };
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is not null && result.GetResult(outputDirectory) is not null)
                result.AddError("-o and --output-dir cannot be used together");
        });

        ConfigLoader.ForbidBoth(command, config, noConfig);
        command.SetAction((parseResult, cancellationToken) => new ConvertRunner(env).RunAsync(new ConvertSettings
        {
            Inputs = parseResult.GetValue(inputs) ?? [],
            OutputFile = parseResult.GetValue(output),
            OutputDirectory = parseResult.GetValue(outputDirectory),
            To = parseResult.GetValue(to),
            Title = parseResult.GetValue(title),
            From = parseResult.GetValue(from),
            ConfigFile = parseResult.GetValue(config),
            NoConfig = parseResult.GetValue(noConfig),
            Force = parseResult.GetValue(force),
            SkipExisting = parseResult.GetValue(skipExisting),
            Update = parseResult.GetValue(update),
            Include = parseResult.GetValue(include) ?? [],
            Exclude = parseResult.GetValue(exclude) ?? [],
            Encoding = EncodingOption.Value(parseResult, encoding),
            AllowEmpty = parseResult.GetValue(allowEmpty),
            FrontMatter = !parseResult.GetValue(noFrontMatter),
            Quiet = parseResult.GetValue(quiet),
            Parallelism = parseResult.GetValue(parallel),
            Paper = parseResult.GetValue(paper),
            PrintUrls = parseResult.GetValue(printUrls),
            ReferenceDocFile = parseResult.GetValue(referenceDoc),
            UseCurrentTime = parseResult.GetValue(now),
            Shard = ShardOption.Value(parseResult, shard),
        }, cancellationToken));
        return command;
    }
}
