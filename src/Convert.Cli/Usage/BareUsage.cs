namespace Convert.Cli.Usage;

/// <summary>
/// What a bare <c>declutter</c> prints on stderr: the commands in five lines and where to read more. It exits 2 like
/// any other incomplete invocation, so a script that lost its arguments fails instead of passing silently.
/// </summary>
internal static class BareUsage
{
    public const string Text = """
        Usage: declutter convert INPUT... [-o FILE | --output-dir DIR] [-t json|docx|md|txt]   clean articles
               declutter validate INPUT... [-f text|json|sarif|junit|github]                check articles (CI gate)
               declutter rules | schema | reference-doc | completion SHELL
        See 'declutter --help', or 'declutter COMMAND --help' for a command's options.
        """;
}
