; Reduced from rustc 1.95.0 (LLVM 22.1.2) output for a safe-Rust state machine.
; f(n) with n = 4 must return 1 (see trace below); `llc -O2` (x86-64) makes it return 2.
; Correct with -O0, with -disable-early-taildup, or with -tail-dup-indirect-size=5.
;
;   llc -O2 -relocation-model=pic -filetype=obj min.ll -o m.o && cc m.o main.c -o m && ./m
;
; Trace for n = 4: entry->bb0(v3=4,v9=0,st=0)->bb6(v4=0)->bb1 st=0->bb3(v8=4)->bb0(v3=0,v9=4,st=1)
;   ->bb6(v4=4)->bb1 st=1->bb4 (0 <u 4: true)->bb2(a1=1)->bb6(v4=1,st=2)->bb1 st=2->bb8 (n2==1)->bb7->bb9: ret 1
; The miscompiled code takes bb4's false edge on the first visit (v4 is read with a wrong value)
; and returns 2 via bb1 st=7.
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

define i64 @f(i32 %n) {
bb5:
  br label %bb0
bb10:
  unreachable
bb4:
  %v2 = icmp ult i32 %v3, %v4
  br i1 %v2, label %bb2, label %bb3
bb3:
  %v5 = phi i8 [ 1, %bb1 ], [ 7, %bb4 ]
  %v8 = phi i32 [ %v3, %bb1 ], [ %v4, %bb4 ]
  br label %bb0
bb0:
  %v9 = phi i32 [ 0, %bb5 ], [ %v8, %bb3 ]
  %v3 = phi i32 [ %n, %bb5 ], [ 0, %bb3 ]
  %n0 = phi i8 [ 0, %bb5 ], [ %v5, %bb3 ]
  %n4 = add i32 %v3, 1
  br label %bb6
bb6:
  %v4 = phi i32 [ %n4, %bb2 ], [ %v9, %bb0 ]
  %n5 = phi i8 [ 2, %bb2 ], [ %n0, %bb0 ]
  %n2 = phi i64 [ %a1, %bb2 ], [ 0, %bb0 ]
  br label %bb1
bb8:
  %n8 = icmp eq i64 %n2, 1
  br i1 %n8, label %bb7, label %bb1
bb2:
  %a1 = add i64 %n2, 1
  br label %bb6
bb7:
  br label %bb9
bb1:
  %v31 = phi i8 [ %n5, %bb6 ], [ 2, %bb8 ]
  switch i8 %v31, label %bb10 [
    i8 0, label %bb3
    i8 1, label %bb4
    i8 2, label %bb8
    i8 4, label %bb8
    i8 7, label %bb9
  ]
bb9:
  %v32 = phi i64 [ 1, %bb7 ], [ 2, %bb1 ]
  ret i64 %v32
}
