using Convert.Core.Model;
using Convert.Core.Reading;

namespace Convert.Core.Writing;

/// <summary>
/// The last check before an article is written: every text of it (title, metadata, blocks and their link targets,
/// authors, removals, warnings) without C0 control characters other than tab and line feed, whichever reader made
/// it. Returns the same instance when there is nothing to drop, which is the usual case and costs one scan.
/// </summary>
public static class ControlCharacterGuard
{
    public static Article Clean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return IsClean(article) ? article : Rebuild(article);
    }

    /// <summary>True when no text of the article holds a control character other than tab and line feed.</summary>
    public static bool IsClean(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Texts(article).All(text => text is null || (!ControlCharacters.Any(text) && text.AsSpan().IndexOfAny('\r', '\f') < 0));
    }

    private static Article Rebuild(Article a) => a with
    {
        Title = S(a.Title),
        Subtitle = S(a.Subtitle),
        Body = a.Body.Select(Block).ToList(),
        Authors = a.Authors.Select(author => new Author(S(author.Name)!, S(author.Honorific), S(author.Role),
            author.Bio.Select(b => S(b)!).ToList(), author.Links.Select(l => new AuthorLink(S(l.Kind)!, S(l.Label)!, S(l.Url)!)).ToList())).ToList(),
        Metadata = a.Metadata with
        {
            SourcePath = S(a.Metadata.SourcePath),
            SourceUrl = S(a.Metadata.SourceUrl),
            SiteName = S(a.Metadata.SiteName),
            Language = S(a.Metadata.Language),
            Published = S(a.Metadata.Published),
            Byline = S(a.Metadata.Byline),
            RepublishedFrom = S(a.Metadata.RepublishedFrom),
            RepublishedNote = S(a.Metadata.RepublishedNote),
            Tags = a.Metadata.Tags.Select(t => S(t)!).ToList(),
            PageType = S(a.Metadata.PageType),
        },
        Removals = a.Removals.Select(r => r with { Text = S(r.Text)! }).ToList(),
        NearMisses = a.NearMisses.Select(m => m with { Text = S(m.Text)!, Reason = S(m.Reason)! }).ToList(),
        Warnings = a.Warnings.Select(w => w with { Message = S(w.Message)! }).ToList(),
        Record = a.Record is null ? null : new RecordKey(S(a.Record.Id), S(a.Record.Url)),
    };

    private static Block Block(Block block) => block switch
    {
        Paragraph p => p with { Runs = Runs(p.Runs) },
        Heading h => h with { Runs = Runs(h.Runs) },
        Quote q => q with { Runs = Runs(q.Runs) },
        ListBlock l => l with { Items = l.Items.Select(i => i with { Runs = Runs(i.Runs) }).ToList() },
        CodeBlock c => c with { Text = S(c.Text)!, Language = S(c.Language) },
        Table t => t.MapRuns(Runs),
        Figure f => f.MapRuns(Runs) with { AltText = S(f.AltText), ImageUrl = S(f.ImageUrl) },
        _ => block,
    };

    private static List<Run> Runs(IReadOnlyList<Run> runs) =>
        runs.Select(r => r with { Text = S(r.Text)!, LinkUrl = S(r.LinkUrl), Language = S(r.Language) }).ToList();

    private static string? S(string? text) => text is null ? null : ControlCharacters.StripForOutput(text);

    private static IEnumerable<string?> Texts(Article a)
    {
        yield return a.Title;
        yield return a.Subtitle;
        foreach (var block in a.Body)
        {
            if (block is CodeBlock code)
            {
                yield return code.Text;
                yield return code.Language;
            }
            if (block is Figure figure)
            {
                yield return figure.AltText;
                yield return figure.ImageUrl;
            }
            IEnumerable<Run> runs = block switch
            {
                Paragraph p => p.Runs,
                Heading h => h.Runs,
                Quote q => q.Runs,
                ListBlock l => l.Items.SelectMany(i => i.Runs),
                Table t => t.AllRuns,
                Figure f => f.AllRuns,
                _ => [],
            };
            foreach (var run in runs)
            {
                yield return run.Text;
                yield return run.LinkUrl;
                yield return run.Language;
            }
        }
        foreach (var author in a.Authors)
        {
            yield return author.Name;
            yield return author.Honorific;
            yield return author.Role;
            foreach (var bio in author.Bio)
                yield return bio;
            foreach (var link in author.Links)
            {
                yield return link.Kind;
                yield return link.Label;
                yield return link.Url;
            }
        }
        var m = a.Metadata;
        foreach (var text in new[] { m.SourcePath, m.SourceUrl, m.SiteName, m.Language, m.Published, m.Byline, m.RepublishedFrom, m.RepublishedNote })
            yield return text;
        foreach (var tag in m.Tags)
            yield return tag;
        foreach (var removal in a.Removals)
            yield return removal.Text;
        foreach (var miss in a.NearMisses)
        {
            yield return miss.Text;
            yield return miss.Reason;
        }
        foreach (var warning in a.Warnings)
            yield return warning.Message;
        yield return a.Record?.Id;
        yield return a.Record?.Url;
    }
}
