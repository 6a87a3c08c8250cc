namespace Convert.Cli.Usage;

/// <summary>
/// Shell completion scripts. Each asks the tool itself through System.CommandLine's <c>[suggest:N]</c> directive
/// (<c>declutter "[suggest:N]" "LINE"</c>: LINE is the command line after the program name up to the cursor, N its
/// length) and falls back to file names when there is nothing to suggest, as for INPUT. Help aliases for Windows
/// shells ("/?", "/h", "-?") are left out of the lists.
/// </summary>
internal static class CompletionScripts
{
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "fish", "pwsh"];

    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        "pwsh" => Pwsh,
        _ => throw new ArgumentOutOfRangeException(nameof(shell), shell, "unknown shell"),
    };

    private const string Bash = """
        # declutter completion for bash. Load it with: eval "$(declutter completion bash)"  (e.g. in ~/.bashrc)
        _declutter_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            line="${line#*[[:space:]]}"
            line="${line#"${line%%[![:space:]]*}"}"
            local IFS=$'\n'
            local suggestions
            suggestions="$(declutter "[suggest:${#line}]" "$line" 2>/dev/null | grep -v -e '^/' -e '^-?$' -e '^$')"
            COMPREPLY=($(compgen -W "$suggestions" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -o bashdefault -F _declutter_complete declutter
        """;

    private const string Zsh = """
        #compdef declutter
        # declutter completion for zsh. Load it with: eval "$(declutter completion zsh)"  (after compinit, e.g. in ~/.zshrc)
        _declutter() {
            local line="${BUFFER[1,CURSOR]}"
            line="${line#*[[:space:]]}"
            line="${line##[[:space:]]#}"
            local -a suggestions
            suggestions=("${(@f)$(declutter "[suggest:${#line}]" "$line" 2>/dev/null)}")
            suggestions=(${suggestions:#/*})
            suggestions=(${suggestions:#-\?})
            suggestions=(${suggestions:#})
            if (( ${#suggestions} )); then
                compadd -- $suggestions
            else
                _files
            fi
        }
        compdef _declutter declutter
        """;

    private const string Fish = """
        # declutter completion for fish. Load it with: declutter completion fish | source
        # (or save it as ~/.config/fish/completions/declutter.fish)
        function __declutter_complete
            set -l line (string replace -r '^\S+\s*' '' -- (commandline -cp))
            set -l suggestions (declutter "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null | string match -rv '^(/.*|-\?|)$')
            if test (count $suggestions) -gt 0
                printf '%s\n' $suggestions
            else
                __fish_complete_path (commandline -ct)
            end
        end
        complete -c declutter -f -a '(__declutter_complete)'
        """;

    private const string Pwsh = """
        # declutter completion for PowerShell. Load it with: declutter completion pwsh | Out-String | Invoke-Expression
        # (e.g. in your $PROFILE)
        Register-ArgumentCompleter -Native -CommandName declutter -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $text = $commandAst.Extent.Text
            $end = [Math]::Min($cursorPosition - $commandAst.Extent.StartOffset, $text.Length)
            $pad = ' ' * [Math]::Max(0, $cursorPosition - $commandAst.Extent.EndOffset)
            $line = ($text.Substring(0, $end) + $pad) -replace '^\S+\s*', ''
            declutter "[suggest:$($line.Length)]" "$line" 2>$null |
                Where-Object { $_ -and $_ -notmatch '^(/.*|-\?)$' } |
                ForEach-Object { [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_) }
        }
        """;
}
