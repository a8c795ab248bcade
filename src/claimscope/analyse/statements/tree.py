"""The parse tree of a document indexed once: every subtree as a slice of one in-order walk, every depth.

spaCy's `Token.subtree` is a recursive generator, so walking a subtree costs its size times its depth; a long
chain of clauses ("said said said ...") makes that cubic over a document. Here the walk is done once: a token's
subtree is the slice `order[start[i]:end[i]]`, in the same order as `Token.subtree` (left children's subtrees,
the token, right children's subtrees).
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token


class Tree:
    """In-order walk, subtree bounds and depth of every token of a parsed document."""

    def __init__(self, doc: Doc):
        n = len(doc)
        # heads from one array (HEAD is the offset to the head) rather than a Token object per word
        heads = (numpy.arange(n, dtype="int64") + doc.to_array(HEAD).astype("int64")).tolist() if n else []
        lefts: list[list[int]] = [[] for _ in range(n)]
        rights: list[list[int]] = [[] for _ in range(n)]
        roots = []
        for i, h in enumerate(heads):  # children in index order, as i grows
            if h == i:
                roots.append(i)
            elif i < h:
                lefts[h].append(i)
            else:
                rights[h].append(i)
        self.order: list[int] = []
        self.start = [0] * n
        self.end = [0] * n
        self.depth = [0] * n
        for root in roots:
            self._walk(root, lefts, rights)

    def _walk(self, root: int, lefts: list[list[int]], rights: list[list[int]]) -> None:
        """Append the in-order walk of one tree, without recursion (a chain may be thousands deep)."""
        order, start, end, depth = self.order, self.start, self.end, self.depth
        n = len(start)
        # the stack holds plain ints: i = enter token i, n + i = emit i then its rights, 2n + i = leave i
        emit, leave = n, 2 * n
        stack = [root]
        while stack:
            x = stack.pop()
            if x < emit:
                start[x] = len(order)
                stack.append(x + emit)
                kids = lefts[x]
            elif x < leave:
                x -= emit
                order.append(x)
                stack.append(x + leave)
                kids = rights[x]
            else:
                end[x - leave] = len(order)
                continue
            if kids:
                d = depth[x] + 1
                for c in reversed(kids):
                    depth[c] = d
                    stack.append(c)

    def subtree(self, tok: Token) -> list[int]:
        """The token ids of a subtree in `Token.subtree` order."""
        return self.order[self.start[tok.i]:self.end[tok.i]]

    def size(self, tok: Token) -> int:
        """How many tokens a subtree holds."""
        return self.end[tok.i] - self.start[tok.i]
