/**
 * Reading git history: {@link dev.stackholder.contribution.git.GitLogReader} streams the text of
 * {@code git log --numstat} (the format gitdm reads) or {@code git log --shortstat} into {@link
 * dev.stackholder.contribution.git.GitCommit}s, one at a time, so that a history of any length is
 * read in bounded memory. {@link dev.stackholder.contribution.git.GitRepository} runs {@code git}
 * on a clone with options that pin its output whatever the user's configuration says ({@code
 * --no-mailmap} among them, gitdm's reading), and streams the commits through a {@link
 * dev.stackholder.contribution.git.GitLogProcess}: the CLI reads repositories this way too.
 */
package dev.stackholder.contribution.git;
