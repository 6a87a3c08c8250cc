namespace Convert.Core.Model;

/// <summary>
/// An image with its caption and credit (HTML's &lt;figure&gt;, or a lone captioned image). The caption and the credit
/// are kept apart, so a writer can print the credit after the caption and a tool can tell them apart. The image
/// itself is printed only when the page was saved with its files and the image is there (<see cref="LocalImage"/>);
/// otherwise the figure is its caption.
/// </summary>
/// <param name="Caption">The caption; empty when the figure has none (or only a placeholder such as "Image").</param>
/// <param name="Credit">Who made the image ("Photo: Jane Doe/Agency", "Bild: Hersteller"); empty when not given.</param>
/// <param name="AltText">The image's alt text, or null.</param>
/// <param name="ImageUrl">The image's absolute address, or null (an image embedded as data has none).</param>
/// <param name="LocalImage">The image file saved next to the page, or null.</param>
/// <param name="Source">Where the figure came from.</param>
public sealed record Figure(
    IReadOnlyList<Run> Caption, IReadOnlyList<Run> Credit, string? AltText, string? ImageUrl, LocalImage? LocalImage,
    SourceSpan Source) : Block(Source)
{
    public string CaptionText => Join(Caption);

    public string CreditText => Join(Credit);

    public bool HasCaption => !string.IsNullOrWhiteSpace(CaptionText);

    public bool HasCredit => !string.IsNullOrWhiteSpace(CreditText);

    /// <summary>One line per part a cleaning rule may look at or drop: the caption, then the credit, each when given.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            var lines = new List<string>(2);
            if (HasCaption)
                lines.Add(OneLine(CaptionText));
            if (HasCredit)
                lines.Add(OneLine(CreditText));
            return lines;
        }
    }

    /// <summary>The figure's caption as printed: the caption, then the credit, on one line.</summary>
    public override string PlainText => string.Join(" ", Lines);

    /// <summary>The caption as printed: the caption's runs, a space, then the credit's.</summary>
    public IReadOnlyList<Run> CaptionAndCredit
    {
        get
        {
            var runs = new List<Run>(Caption.Count + Credit.Count + 1);
            if (HasCaption)
                runs.AddRange(Caption);
            if (HasCredit)
            {
                if (runs.Count > 0)
                    runs.Add(Run.Plain(" "));
                runs.AddRange(Credit);
            }
            return runs;
        }
    }

    /// <summary>The caption's runs, then the credit's.</summary>
    public IEnumerable<Run> AllRuns => Caption.Concat(Credit);

    /// <summary>The same figure with <paramref name="map"/> applied to the runs of the caption and of the credit.</summary>
    public Figure MapRuns(Func<IReadOnlyList<Run>, IReadOnlyList<Run>> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return this with { Caption = map(Caption), Credit = map(Credit) };
    }

    private static string OneLine(string text) => text.Replace('\n', ' ').Trim();
}

/// <summary>An image file saved with the page (a browser's "save page, complete" folder, or a relative src).</summary>
/// <param name="RelativePath">The path from the input's folder, with "/" between folders: what the JSON gives.</param>
/// <param name="FullPath">The file on this machine, checked to be inside the input's folder; null when it is not there
/// (a JSON document read back away from the page's folder keeps the path it gives).</param>
public sealed record LocalImage(string RelativePath, string? FullPath);
