"""The parse tree of a document indexed once: every subtree as a slice of one in-order walk, every depth.

spaCy's `Token.subtree` is a recursive generator, so walking a subtree costs its size times its depth; a long
chain of clauses ("said said said ...") makes that cubic over a document. Here the walk is done once: a token's
subtree is the slice `order[start[i]:end[i]]`, in the same order as `Token.subtree` (left children's subtrees,
the token, right children's subtrees).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token


class Tree:
    """In-order walk, subtree bounds and depth of every token of a parsed document."""

    def __init__(self, doc: Doc):
        n = len(doc)
        heads = [t.head.i for t in doc]
        children: list[list[int]] = [[] for _ in range(n)]
        for i, h in enumerate(heads):
            if h != i:
                children[h].append(i)  # in index order, as i grows
        self.order: list[int] = []
        self.start = [0] * n
        self.end = [0] * n
        self.depth = [0] * n
        for root in (i for i in range(n) if heads[i] == i):
            self._walk(root, children)

    def _walk(self, root: int, children: list[list[int]]) -> None:
        """Append the in-order walk of one tree, without recursion (a chain may be thousands deep)."""
        order, start, end, depth = self.order, self.start, self.end, self.depth
        # frames: (token, stage) where stage 0 = enter, 1 = emit self then rights, 2 = leave
        stack = [(root, 0)]
        while stack:
            i, stage = stack.pop()
            kids = children[i]
            if stage == 0:
                start[i] = len(order)
                stack.append((i, 1))
                for c in reversed([c for c in kids if c < i]):
                    depth[c] = depth[i] + 1
                    stack.append((c, 0))
            elif stage == 1:
                order.append(i)
                stack.append((i, 2))
                for c in reversed([c for c in kids if c > i]):
                    depth[c] = depth[i] + 1
                    stack.append((c, 0))
            else:
                end[i] = len(order)

    def subtree(self, tok: Token) -> list[int]:
        """The token ids of a subtree in `Token.subtree` order."""
        return self.order[self.start[tok.i]:self.end[tok.i]]

    def size(self, tok: Token) -> int:
        """How many tokens a subtree holds."""
        return self.end[tok.i] - self.start[tok.i]
