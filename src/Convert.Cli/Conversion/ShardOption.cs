using System.CommandLine;
using Convert.Core.Streams;

namespace Convert.Cli.Conversion;

/// <summary>--shard K/N: this machine's part of a batch split N ways; a malformed value is a usage error saying why.</summary>
internal static class ShardOption
{
    public static Option<string> Create()
    {
        var option = new Option<string>("--shard")
        {
            Description = "Convert only shard K of N (1 <= K <= N): the inputs, or a stream's records, whose stable hash of "
                + "the relative path (a record's id) falls in it; N machines with K = 1..N convert the whole batch once",
            HelpName = "K/N",
        };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token])
            {
                try
                {
                    Shard.Parse(token.Value);
                }
                catch (FormatException e)
                {
                    result.AddError($"--shard {e.Message}");
                }
            }
        });
        return option;
    }

    public static Shard Value(ParseResult parseResult, Option<string> option) =>
        parseResult.GetValue(option) is { } text ? Shard.Parse(text) : Shard.All;
}
