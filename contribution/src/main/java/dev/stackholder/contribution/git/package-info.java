/**
 * Reading git history: {@link dev.stackholder.contribution.git.GitLogReader} streams the text of
 * {@code git log --numstat} (the format gitdm reads) or {@code git log --shortstat} into
 * {@link dev.stackholder.contribution.git.GitCommit}s, one at a time, so that a history of any
 * length is read in bounded memory. The library runs no process: the caller (the CLI, say) runs
 * {@code git} and hands the text over.
 */
package dev.stackholder.contribution.git;
