using Convert.Core.Reading;
using Convert.Core;
using Convert.Core.Streams;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>The parsed <c>convert</c> options, free of System.CommandLine types.</summary>
internal sealed record ConvertSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }

    /// <summary>-o: a file path, "-" for stdout, or null.</summary>
    public string? OutputFile { get; init; }

    public string? OutputDirectory { get; init; }

    /// <summary>--to as given (aliases allowed), or null.</summary>
    public string? To { get; init; }

    public string? Title { get; init; }

    /// <summary>--from: how to read the inputs; Auto decides per input by extension, then content.</summary>
    public InputFormat From { get; init; } = InputFormat.Auto;

    public string? ConfigFile { get; init; }

    /// <summary>--no-config: the built-in cleaning rules, whatever declutter.json files there are.</summary>
    public bool NoConfig { get; init; }

    public bool Force { get; init; }

    /// <summary>--skip-existing: keep outputs that exist and count their inputs as skipped.</summary>
    public bool SkipExisting { get; init; }

    /// <summary>--update: convert again only inputs newer than their existing output.</summary>
    public bool Update { get; init; }

    /// <summary>--include: globs walked files must match (all files when empty).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>--exclude: globs walked files must not match.</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>--encoding: read every input in this encoding; null to use BOMs, declarations and detection.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>--allow-empty: an article with an empty body is still reported, but does not fail the run.</summary>
    public bool AllowEmpty { get; init; }

    /// <summary>False with --no-front-matter: Markdown and text outputs start with the title, without a metadata block.</summary>
    public bool FrontMatter { get; init; } = true;

    public bool Quiet { get; init; }

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>--paper; Auto when not given.</summary>
    public PaperSize Paper { get; init; } = PaperSize.Auto;

    /// <summary>--print-urls; footnotes when not given.</summary>
    public PrintedUrls PrintUrls { get; init; } = PrintedUrls.Footnote;

    /// <summary>--reference-doc: a .docx to take Word styles and page setup from, or null.</summary>
    public string? ReferenceDocFile { get; init; }

    /// <summary>--now: package dates are the current time instead of the fixed one.</summary>
    public bool UseCurrentTime { get; init; }

    /// <summary>--shard K/N: convert only the inputs (files, or records of a stream) in shard K of N; all of them by default.</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>True when -o names stdout.</summary>
    public bool OutputIsStdout => OutputFile == StdoutArgument;

    public const string StdoutArgument = "-";
}
