package org.tahqiq.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnionFindTest {

  @Test
  void unionsJoinSetsAndListTheirMembers() {
    UnionFind u = new UnionFind(1); // grows
    for (int i = 0; i < 6; i++) {
      assertEquals(i, u.add());
    }
    assertTrue(u.union(0, 1));
    assertTrue(u.union(2, 1));
    assertFalse(u.union(0, 2));
    assertTrue(u.union(4, 5));
    assertEquals(u.find(0), u.find(2));
    // union(a, b) keeps a's representative: union(2, 1) made 2 the representative of {0, 1, 2}.
    assertEquals(2, u.find(0), "the first argument's representative stays");
    assertEquals(Set.of(0, 1, 2), members(u, 1));
    assertEquals(Set.of(3), members(u, 3));
    assertEquals(Set.of(4, 5), members(u, 4));
  }

  @Test
  void agreesWithANaiveLabellingOnSeededRandomUnions() {
    Random random = new Random(20261202);
    int n = 300;
    UnionFind u = new UnionFind(8);
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      u.add();
      label[i] = i;
    }
    for (int step = 0; step < 400; step++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      boolean different = label[a] != label[b];
      assertEquals(different, u.union(a, b));
      int from = label[b];
      for (int i = 0; i < n; i++) {
        if (label[i] == from) {
          label[i] = label[a];
        }
      }
    }
    for (int a = 0; a < n; a++) {
      assertEquals(label[a] == label[(a * 7) % n], u.find(a) == u.find((a * 7) % n));
      int size = 0;
      for (int i = 0; i < n; i++) {
        size += label[i] == label[a] ? 1 : 0;
      }
      assertEquals(size, members(u, a).size());
    }
  }

  @Test
  void elementsOutsideTheForestAreRejectedByName() {
    UnionFind u = new UnionFind(4);
    u.add();
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> u.find(1));
    assertTrue(e.getMessage().contains("element 1 of 1"), e.getMessage());
  }

  private static Set<Integer> members(UnionFind u, int x) {
    Set<Integer> members = new HashSet<>();
    int s = x;
    do {
      assertTrue(members.add(s), "the member list is a cycle through each member once");
      s = u.next(s);
    } while (s != x);
    return members;
  }
}
