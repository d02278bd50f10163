namespace NewsCorpus.Reading.Assembly;

/// <summary>
/// A stable sort by an int key for the short lists of one page (line ranges, drafts): they come nearly in
/// order, so it runs in about one pass, without the general sort's set-up.
/// </summary>
internal static class InsertionSort
{
    public static void By<T>(List<T> items, Func<T, int> key)
    {
        for (var i = 1; i < items.Count; i++)
        {
            var x = items[i];
            var k = key(x);
            var j = i - 1;
            while (j >= 0 && key(items[j]) > k)
            {
                items[j + 1] = items[j];
                j--;
            }
            items[j + 1] = x;
        }
    }
}
