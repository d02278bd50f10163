using System.Net;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NewsCorpus.Notebooks.Rendering;

/// <summary>Highlights C# script code for HTML from Roslyn's own tokens: keywords, strings, numbers, comments and
/// directives (#r, #!csharp) get a class; everything is escaped.</summary>
public static class CSharpHighlighter
{
    private static readonly CSharpParseOptions ScriptOptions = new(kind: SourceCodeKind.Script, languageVersion: LanguageVersion.Latest);

    public static string ToHtml(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ScriptOptions).GetRoot();
        var html = new StringBuilder(code.Length * 2);
        foreach (var token in root.DescendantTokens(descendIntoTrivia: true))
        {
            AppendTrivia(html, token.LeadingTrivia);
            Append(html, token.Text, TokenClass(token));
            AppendTrivia(html, token.TrailingTrivia);
        }
        return html.ToString();
    }

    private static void AppendTrivia(StringBuilder html, SyntaxTriviaList trivia)
    {
        foreach (var item in trivia)
        {
            if (item.HasStructure) continue; // directives: their tokens come through DescendantTokens
            var kind = item.Kind();
            var css = kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia
                          or SyntaxKind.SingleLineDocumentationCommentTrivia or SyntaxKind.MultiLineDocumentationCommentTrivia ? "c"
                      : kind is SyntaxKind.ShebangDirectiveTrivia or SyntaxKind.PreprocessingMessageTrivia or SyntaxKind.DisabledTextTrivia ? "d"
                      : null;
            Append(html, item.ToFullString(), css);
        }
    }

    private static string? TokenClass(SyntaxToken token)
    {
        if (token.Parent?.AncestorsAndSelf().Any(node => node is DirectiveTriviaSyntax) == true) return "d";
        var kind = token.Kind();
        if (SyntaxFacts.IsKeywordKind(kind) || token is { RawKind: (int)SyntaxKind.IdentifierToken, Text: "var" or "await" or "async" }) return "k";
        return kind switch
        {
            SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringTextToken
                or SyntaxKind.InterpolatedStringStartToken or SyntaxKind.InterpolatedStringEndToken
                or SyntaxKind.InterpolatedVerbatimStringStartToken or SyntaxKind.SingleLineRawStringLiteralToken
                or SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.InterpolatedSingleLineRawStringStartToken
                or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.InterpolatedRawStringEndToken
                or SyntaxKind.Utf8StringLiteralToken => "s",
            SyntaxKind.NumericLiteralToken => "n",
            SyntaxKind.IdentifierToken when token.Parent is GenericNameSyntax or IdentifierNameSyntax
                { Parent: ObjectCreationExpressionSyntax or VariableDeclarationSyntax or TypeArgumentListSyntax } => "t",
            _ => null,
        };
    }

    private static void Append(StringBuilder html, string text, string? css)
    {
        if (text.Length == 0) return;
        if (css is null) html.Append(WebUtility.HtmlEncode(text));
        else html.Append("<span class=\"").Append(css).Append("\">").Append(WebUtility.HtmlEncode(text)).Append("</span>");
    }
}
