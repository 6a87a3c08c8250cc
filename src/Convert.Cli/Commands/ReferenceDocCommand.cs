using System.CommandLine;
using Convert.Cli.Output;
using Convert.Cli.Reporting;
using Convert.Core.Writing;

namespace Convert.Cli.Commands;

/// <summary>
/// <c>declutter reference-doc</c>: writes the built-in Word styles as a .docx to edit and pass back with
/// --reference-doc. Like pandoc it will not send a binary to a terminal unless told to with -o -.
/// </summary>
internal static class ReferenceDocCommand
{
    public static Command Create(CliEnvironment env)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the document to FILE; - for stdout, even when it is a terminal",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing FILE" };
        var command = new Command("reference-doc", "Write the default Word reference document, to edit its styles for --reference-doc")
        {
            output, force,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(output), parseResult.GetValue(force), env));
        return command;
    }

    private static int Run(string? output, bool force, CliEnvironment env)
    {
        if (output is null && env.IsStdoutTerminal)
        {
            env.Error.WriteLine(Diagnostics.Error("refusing to write docx to a terminal (use -o FILE, -o - or redirect stdout)"));
            return ExitCodes.UsageOrFatal;
        }

        try
        {
            if (output is null or ConvertSettings.StdoutArgument)
            {
                StdoutDocumentWriter.Write(env, DocxArticleWriter.WriteReferenceDocument);
            }
            else
            {
                AtomicFileWriter.Write(Path.GetFullPath(output, env.CurrentDirectory), force, DocxArticleWriter.WriteReferenceDocument);
            }
        }
        catch (OutputExistsException)
        {
            env.Error.WriteLine(Diagnostics.Error(output!, "already exists (use --force to overwrite)"));
            return ExitCodes.UsageOrFatal;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            env.Error.WriteLine(Diagnostics.Error(output ?? "stdout", e.Message));
            return ExitCodes.UsageOrFatal;
        }

        return ExitCodes.Success;
    }
}
