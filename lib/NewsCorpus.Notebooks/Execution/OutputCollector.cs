using NewsCorpus.Notebooks.Model;

namespace NewsCorpus.Notebooks.Execution;

/// <summary>Collects one cell's outputs in the order they happen; consecutive writes to the same stream become one output, as in Jupyter.</summary>
internal sealed class OutputCollector
{
    private readonly List<CellOutput> outputs = [];
    private readonly Lock gate = new();

    public void Add(CellOutput output)
    {
        lock (gate)
        {
            if (output is StreamOutput stream && outputs.Count > 0 && outputs[^1] is StreamOutput last && last.Name == stream.Name)
                outputs[^1] = last with { Text = last.Text + stream.Text };
            else outputs.Add(output);
        }
    }

    public IReadOnlyList<CellOutput> Outputs
    {
        get { lock (gate) return outputs.ToList(); }
    }
}
