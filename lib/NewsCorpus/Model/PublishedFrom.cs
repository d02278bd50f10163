namespace NewsCorpus;

/// <summary>Where an article's publication date came from, in order of precedence.</summary>
public enum PublishedFrom { None, Text, Manifest, FileName, Inferred }
