namespace Convert.Training;

/// <summary>Runs one training verb: <c>Convert.Training VERB [ARGS]</c>.</summary>
internal static class Program
{
    // Each verb lives in its own folder; add one line here for a new one.
    private static readonly Dictionary<string, (string Help, Func<string[], int> Run)> Commands = new(StringComparer.Ordinal)
    {
        ["describe"] = (Models.DescribeCommand.Help, Models.DescribeCommand.Run),
        ["page-types"] = (PageTypes.PageTypesCommand.Help, PageTypes.PageTypesCommand.Run),
        ["text-lines"] = (TextLines.TextLinesCommand.Help, TextLines.TextLinesCommand.Run),
        ["html-blocks"] = (HtmlBlocks.HtmlBlocksCommand.Help, HtmlBlocks.HtmlBlocksCommand.Run),
    };

    private static int Main(string[] args)
    {
        if (args.Length == 0 || !Commands.TryGetValue(args[0], out var command))
        {
            Console.Error.WriteLine("usage: Convert.Training VERB [ARGS]");
            foreach (var (verb, (help, _)) in Commands.OrderBy(pair => pair.Key, StringComparer.Ordinal))
                Console.Error.WriteLine($"  {verb,-14} {help}");
            return args.Length == 0 ? 2 : 1;
        }
        return command.Run(args[1..]);
    }
}
