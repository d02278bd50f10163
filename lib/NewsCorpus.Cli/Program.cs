using System.CommandLine;
using NewsCorpus.Cli.Commands;

var root = new RootCommand("""
    newscorpus: read Chinese newspaper page dumps into articles, extract dates, quantities and
    entities, keep them in a store and render the analysis notebooks.

    Examples:
      newscorpus parse data/raw --jsonl > articles.jsonl
      echo "2月26日捐献热血5200毫升" | newscorpus extract --base 2020-03-01
      newscorpus render notebooks --data data --out out/notebooks
    """);
foreach (var command in CommandSet.All()) root.Subcommands.Add(command);
return root.Parse(args).Invoke();
