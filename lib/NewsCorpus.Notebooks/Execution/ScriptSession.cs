using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>One notebook's script state, carried from cell to cell as the C# kernel did: CSharpScript.RunAsync for the
/// first cell that compiles, ScriptState.ContinueWithAsync for each later one.</summary>
internal sealed class ScriptSession(string notebookDirectory, NotebookGlobals globals)
{
    /// <summary>The usings the C# kernel started with.</summary>
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq",
         "Microsoft.DotNet.Interactive.Formatting"];

    private readonly InteractiveAssemblyLoader loader = new();
    private readonly ScriptOptions options = ScriptOptions.Default
        .WithReferences(HostAssemblies.References)
        .WithImports(DefaultImports)
        .WithMetadataResolver(new NotebookReferenceResolver(notebookDirectory))
        .WithSourceResolver(new SourceFileResolver([], notebookDirectory))
        .WithEmitDebugInformation(true)
        .WithFileEncoding(Encoding.UTF8);

    private ScriptState<object>? state;

    /// <summary>The object whose members (display) cells see as globals.</summary>
    public NotebookGlobals Globals => globals;

    /// <param name="cellFile">The name stack traces and diagnostics give the cell's code.</param>
    public async Task<Submission> RunAsync(string code, string cellFile, CancellationToken cancellationToken)
    {
        var cellOptions = options.WithFilePath(cellFile);
        try
        {
            state = state is null
                ? await CSharpScript.Create(code, cellOptions, typeof(NotebookGlobals), loader).RunAsync(globals, _ => true, cancellationToken)
                : await state.ContinueWithAsync(code, cellOptions, _ => true, cancellationToken);
        }
        catch (CompilationErrorException error)
        {
            return new Submission(null, false, null, error.Diagnostics);
        }
        if (state.Exception is { } exception) return new Submission(null, false, exception, []);
        return new Submission(state.ReturnValue, EndsInValue(state.Script.GetCompilation()), null, []);
    }

    /// <summary>True when the cell ends in an expression without a semicolon whose type is not void: the value the kernel displayed.</summary>
    private static bool EndsInValue(Compilation compilation)
    {
        var tree = compilation.SyntaxTrees.Single();
        if (tree.GetRoot() is not CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }] })
            return false;
        var type = compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }
}

/// <summary>What one cell gave: its last expression's value (when it ends in one), or the exception it threw, or the compile errors.</summary>
internal sealed record Submission(object? ReturnValue, bool HasValue, Exception? Exception, IReadOnlyList<Diagnostic> Diagnostics);
