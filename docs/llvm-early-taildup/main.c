#include <stdio.h>
#include <stdint.h>
int64_t f(int32_t n);
int main(void) {
  volatile int32_t n = 4;
  int64_t r = f(n);
  printf("f(4) = %lld (expected 1)\n", (long long)r);
  return r == 1 ? 0 : 1;
}
