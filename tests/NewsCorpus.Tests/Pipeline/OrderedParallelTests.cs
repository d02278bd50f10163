using NewsCorpus.Pipeline;

namespace NewsCorpus.Tests.Pipeline;

public class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_in_input_order_whatever_finishes_first(int workers)
    {
        // Early items take longest, so later ones finish first.
        var input = Enumerable.Range(0, 40).ToList();
        var output = OrderedParallel.Map(input, i => { Thread.Sleep((40 - i) % 7); return i * 10; }, workers, window: 4 * workers).ToList();
        Assert.Equal(input.Select(i => i * 10), output);
    }

    [Fact]
    public void No_worker_runs_further_ahead_than_the_window()
    {
        var started = 0;
        var consumed = 0;
        var furthest = 0;
        var gate = new object();
        foreach (var _ in OrderedParallel.Map(Enumerable.Range(0, 50), i =>
                 {
                     lock (gate) furthest = Math.Max(furthest, ++started - consumed);
                     return i;
                 }, workers: 2, window: 3))
            lock (gate) consumed++;
        Assert.Equal(50, consumed);
        // The window, plus the item being handed to the consumer.
        Assert.InRange(furthest, 1, 4);
    }

    [Fact]
    public void An_exception_of_an_item_reaches_the_consumer_in_its_place()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var x in OrderedParallel.Map(Enumerable.Range(0, 20), i => i == 7 ? throw new InvalidOperationException("item 7") : i, 2, 8))
                seen.Add(x);
        });
        Assert.Equal("item 7", e.Message);
        Assert.Equal(Enumerable.Range(0, 7), seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_gets_the_first_items()
    {
        Assert.Equal([0, 1, 2], OrderedParallel.Map(Enumerable.Range(0, 1000), i => i, 2, 8).Take(3));
    }
}
