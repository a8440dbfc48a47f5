//! Runs the stages in order: arguments, parse, analyze, normalize, lower and emit; on any
//! misuse, emits the user's signature with the errors as its body.

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::visit_mut::VisitMut;
use syn::{FnArg, Ident, Pat, ReturnType, Type};

use crate::args::{Args, Kind, parse_args};
use crate::emit::{Emitter, Names};
use crate::errors::Errors;
use crate::normalize::Program;
use crate::owned::Owned;
use crate::parse::{CoroutineFn, check_signature};
use crate::rewrite::{BodyRewriter, self_ident};

/// Expands `#[coroutine(args)] item`.
pub fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    // Lives until the expansion returns (see `analyze::OPERANDS`): the body's parse interns the
    // operands of the markers it reads.
    let operands = crate::analyze::InternedOperands::new();
    let function: CoroutineFn = match operands.parse(|| syn::parse2(item.clone())) {
        Ok(function) => function,
        Err(e) => {
            let error = syn::Error::new(
                e.span(),
                format!("`#[coroutine]` applies to a function: {e}"),
            )
            .to_compile_error();
            // An item or statement that is not a function is given back unchanged, so what
            // names it does not fail as well (a function's markers would fail outside the
            // attribute, and tokens that are neither would only add syntax errors).
            let is_fn = item
                .clone()
                .into_iter()
                .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == "fn"));
            let whole = syn::parse2::<syn::Item>(item.clone()).is_ok()
                || syn::parse2::<syn::Stmt>(item.clone())
                    .is_ok_and(|s| matches!(s, syn::Stmt::Local(_)));
            return if whole && !is_fn {
                quote!(#error #item)
            } else {
                error
            };
        }
    };
    let mut function = function;
    let mut errors = Errors::default();
    let args = parse_args(args, &mut errors);
    if let Some(e) = &function.inner_attr {
        errors.push(e.clone());
    }
    check_signature(&function.sig, &mut errors);
    if args.kind == Kind::AsyncGenerator {
        if let ReturnType::Type(_, ty) = &function.sig.output {
            if !matches!(&**ty, Type::Tuple(t) if t.elems.is_empty()) {
                errors.push(syn::Error::new_spanned(
                    ty,
                    "an async generator returns nothing (Python forbids `return value` in one); remove the return type",
                ));
            }
        }
    }
    // Invoking each marker once keeps the user's import of it from looking unused.
    let marker_uses: TokenStream = function
        .body
        .as_ref()
        .map(crate::analyze::marker_paths)
        .unwrap_or_default()
        .into_iter()
        .map(|path| quote!(#path!(@__coro_used);))
        .collect();
    // The input's signature, before anything changes it (inside rustc one call across the
    // bridge, where printing the parsed function would rebuild every token first).
    let seed = name_seed(&item);
    // Lives until the expansion returns (see `numbered`: its identifiers and fragments).
    let _numbered = crate::numbered::NumberedIdents::new();
    if let Some(body) = &mut function.body {
        if crate::analyze::needs_desugaring() {
            let mut desugar = crate::desugar::Desugar {
                krate: &args.krate,
                args: &args,
                async_generator: args.kind == Kind::AsyncGenerator,
                errors: &mut errors,
                count: 0,
            };
            desugar.visit_block_mut(body);
        }
        crate::analyze::intern_operands(body, &operands);
        crate::analyze::validate(body, &mut errors);
        crate::escapes::check(body, &mut errors);
    }
    let signature = Signature::new(&function, &args);
    if !errors.is_empty() {
        let errors = errors.to_compile_errors();
        return signature.fallback(&function, &args, quote!(#marker_uses #errors));
    }
    // Taken, not cloned (a copy of the whole body tree): `fallback` goes by `has_body`.
    let Some(body) = function.body.take() else {
        // A trait method declaration: only the signature changes.
        let (attrs, vis, sig) = (&function.attrs, &function.vis, &signature.sig);
        return quote!(#(#attrs)* #vis #sig;);
    };
    match lower_body(&function, &args, &signature, body, &marker_uses, seed) {
        Ok(tokens) => tokens,
        Err(found) => {
            let errors = found.to_compile_errors();
            signature.fallback(&function, &args, quote!(#marker_uses #errors))
        }
    }
}

/// The rewritten signature and what the body needs to know about the parameters.
struct Signature {
    sig: syn::Signature,
    return_ty: Type,
    /// The statements that bind the parameters' patterns inside the machine.
    arg_lets: Vec<syn::Local>,
    arg_holders: Vec<Ident>,
    arg_sources: Vec<TokenStream>,
    /// Not a trait method declaration.
    has_body: bool,
}

impl Signature {
    fn new(function: &CoroutineFn, args: &Args) -> Self {
        let mut sig = function.sig.clone();
        // Reported by `check_signature`; the signature given back must not fail again.
        sig.variadic = None;
        let return_ty: Type = match &sig.output {
            ReturnType::Default => crate::args::unit_type(),
            ReturnType::Type(_, ty) => (**ty).clone(),
        };
        let mut arg_lets = Vec::new();
        let mut arg_holders = Vec::new();
        let mut arg_sources = Vec::new();
        for (i, input) in sig.inputs.iter_mut().enumerate() {
            let holder = Ident::new(&format!("__coro_arg{i}"), Span::mixed_site());
            match input {
                FnArg::Receiver(receiver) => {
                    let mutability = receiver
                        .mutability
                        .take_if(|_| receiver.reference.is_none());
                    let this = self_ident();
                    let this = Pat::Ident(syn::PatIdent {
                        attrs: Vec::new(),
                        by_ref: None,
                        mutability,
                        ident: this,
                        subpat: None,
                    });
                    arg_lets.push(local_stmt(this, &holder));
                    arg_sources.push(quote!(self));
                }
                FnArg::Typed(typed) => {
                    let pat = (*typed.pat).clone();
                    // Keep plain names in the signature (documentation shows them); anything
                    // else is bound inside the machine.
                    let source = match &mut *typed.pat {
                        Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => {
                            p.mutability = None;
                            p.ident.clone()
                        }
                        other => {
                            let renamed =
                                Ident::new(&format!("__coro_param{i}"), Span::mixed_site());
                            *other = syn::parse_quote!(#renamed);
                            renamed
                        }
                    };
                    arg_lets.push(local_stmt(pat, &holder));
                    arg_sources.push(quote!(#source));
                }
            }
            arg_holders.push(holder);
        }
        let krate = &args.krate;
        let (yield_ty, send_ty) = (&args.yield_ty, &args.send_ty);
        let error_ty = error_type(args);
        let iterator = match (args.kind, args.unit_send(), &args.error_ty) {
            (Kind::Generator, true, None) => {
                quote!(+ #krate::__private::Iterator<Item = #yield_ty>)
            }
            (Kind::Generator, true, Some(e)) => quote! {
                + #krate::__private::Iterator<Item = #krate::__private::Result<#yield_ty, #krate::Error<#e>>>
            },
            _ => quote!(),
        };
        let clone = args.clone.then(|| quote!(+ #krate::__private::Clone));
        sig.output = if args.kind == Kind::AsyncGenerator {
            let (await_yield, await_send) = args.await_channel();
            let iterator = args.unit_send().then(|| quote! {
                + #krate::AsyncIterator<Item = #yield_ty, Yield = #await_yield, Send = #await_send, Error = #error_ty>
            });
            let stream = args.is_stream().then(|| {
                let item = stream_item(args);
                quote!(+ #krate::__private::Stream<Item = #item>)
            });
            returns(quote! {
                impl #krate::AsyncGenerator<Item = #yield_ty, Send = #send_ty, Error = #error_ty, AwaitYield = #await_yield, AwaitSend = #await_send> #iterator #stream #clone
            })
        } else {
            let future = args.future.then(|| quote! {
                + #krate::__private::Future<Output = #krate::__private::Result<#return_ty, #krate::Error<#error_ty>>>
            });
            returns(quote! {
                impl #krate::Coroutine<Yield = #yield_ty, Send = #send_ty, Return = #return_ty, Error = #error_ty> #iterator #future #clone
            })
        };
        Signature {
            sig,
            return_ty,
            arg_lets,
            arg_holders,
            arg_sources,
            has_body: function.body.is_some(),
        }
    }

    /// The user's signature with `errors` as its body, so callers still type-check.
    fn fallback(&self, function: &CoroutineFn, args: &Args, errors: TokenStream) -> TokenStream {
        let (attrs, vis, sig) = (&function.attrs, &function.vis, &self.sig);
        let krate = &args.krate;
        if !self.has_body {
            return quote!(#errors #(#attrs)* #vis #sig;);
        }
        let (yield_ty, send_ty, return_ty) = (&args.yield_ty, &args.send_ty, &self.return_ty);
        let error_ty = error_type(args);
        let item = match (args.kind, args.unit_send(), &args.error_ty) {
            (Kind::Generator, true, None) => quote!(#yield_ty),
            (Kind::Generator, true, Some(e)) => {
                quote!(#krate::__private::Result<#yield_ty, #krate::Error<#e>>)
            }
            _ => quote!(()),
        };
        let fallback = quote!(#krate::__private::Fallback::<#yield_ty, #send_ty, #return_ty, #error_ty, #item>);
        let fallback = if args.kind == Kind::AsyncGenerator {
            let (await_yield, await_send) = args.await_channel();
            let item = stream_item(args);
            quote!(#krate::__private::AsyncFallback::<#yield_ty, #send_ty, #error_ty, #await_yield, #await_send, #item>)
        } else if contains_impl(&self.return_ty) {
            quote!(#krate::__private::Fallback)
        } else {
            fallback
        };
        let check = check_error_type(args);
        let body = through_crate(args, quote!(#check #fallback::new()));
        quote! {
            #(#attrs)*
            #[allow(unused_variables, unreachable_code)]
            #vis #sig {
                #errors
                #body
            }
        }
    }
}

/// What an async generator's `Stream` yields: its items, or `Result`s when it declares an
/// error.
fn stream_item(args: &Args) -> TokenStream {
    let (krate, yield_ty) = (&args.krate, &args.yield_ty);
    match &args.error_ty {
        Some(e) => quote!(#krate::__private::Result<#yield_ty, #krate::Error<#e>>),
        None => quote!(#yield_ty),
    }
}

/// The machine's yield and sent types: an async generator's carry both of its channels.
fn machine_types(args: &Args) -> (TokenStream, TokenStream) {
    let (krate, yield_ty, send_ty) = (&args.krate, turbofish_type(&args.yield_ty), &args.send_ty);
    if args.kind == Kind::AsyncGenerator {
        let (await_yield, await_send) = args.await_channel();
        (
            quote!(#krate::__private::AsyncYield<#yield_ty, #await_yield>),
            quote!(#krate::__private::AsyncSent<#send_ty, #await_send>),
        )
    } else {
        (yield_ty, send_ty.to_token_stream())
    }
}

/// The function that pins an awaiter's types to the body's (A2); in an async generator it
/// also routes the awaiter's yields to the driver's channel.
pub fn awaiter_conversion(args: &Args) -> TokenStream {
    let krate = &args.krate;
    let error_ty = error_type(args);
    if args.kind == Kind::AsyncGenerator {
        let (await_yield, await_send) = args.await_channel();
        let (yield_ty, send_ty) = (turbofish_type(&args.yield_ty), &args.send_ty);
        quote!(<#krate::__private::AsyncGenDelegator<#yield_ty, #send_ty, #await_yield, #await_send, #error_ty>>::into_awaiter)
    } else {
        let (yield_ty, send_ty) = machine_types(args);
        quote!(<#krate::__private::Delegator<#yield_ty, #send_ty, #error_ty>>::into_awaiter)
    }
}

/// The types the body's delegates must yield and be sent (`Y, Sd`, an async generator's await
/// channel), and the value that hands them to the conversion of an `await_!` operand, which
/// lets a Rust future be awaited only where they are `Pending` and `()`. A yield type written
/// `impl Trait` cannot be spelled: a future's awaiter could only define it as `Pending`.
fn awaiter_channel(args: &Args) -> (TokenStream, TokenStream) {
    let krate = &args.krate;
    let (yield_ty, send_ty) = if args.kind == Kind::AsyncGenerator {
        args.await_channel()
    } else {
        (args.yield_ty.clone(), args.send_ty.clone())
    };
    let yield_ty = if contains_impl(&yield_ty) {
        quote!(#krate::Pending)
    } else {
        yield_ty.to_token_stream()
    };
    (
        quote!(#yield_ty, #send_ty),
        quote!(#krate::__private::Channel::new()),
    )
}

fn error_type(args: &Args) -> TokenStream {
    match &args.error_ty {
        Some(e) => e.to_token_stream(),
        None => {
            let krate = &args.krate;
            quote!(#krate::__private::Infallible)
        }
    }
}

/// `-> ty`, with `ty` kept as tokens: the signature is only printed again, and parsing the
/// `impl Trait` (a `parse_quote!`) cost 3 % of a small coroutine's expansion.
fn returns(ty: TokenStream) -> ReturnType {
    ReturnType::Type(Default::default(), Box::new(Type::Verbatim(ty)))
}

/// The body's statements, inside `path::__private::through_crate! { .. }` when the attribute
/// names the runtime with `crate = "path"`: if the path does not resolve, that is the one
/// error (the signature's, at the same token, is the same error), and the body, never
/// expanded, adds none.
fn through_crate(args: &Args, body: TokenStream) -> TokenStream {
    if args.explicit_crate {
        let (krate, body) = (&args.krate, Owned::new(body));
        quote!(#krate::__private::through_crate! { #body })
    } else {
        body
    }
}

/// The one check that the declared error type implements `Debug` (C5), at the user's type:
/// the machine itself does not require it, so a missing `Debug` is reported once.
fn check_error_type(args: &Args) -> TokenStream {
    let krate = &args.krate;
    args.error_ty
        .as_ref()
        .map(|e| quote!(#krate::__private::assert_error_type::<#e>();))
        .unwrap_or_default()
}

fn contains_impl(ty: &Type) -> bool {
    ty.to_token_stream()
        .into_iter()
        .any(|t| matches!(&t, proc_macro2::TokenTree::Ident(i) if i == "impl"))
}

/// A type as the turbofish may spell it: `_` where the user wrote `impl Trait`.
fn turbofish_type(ty: &Type) -> TokenStream {
    if contains_impl(ty) {
        quote!(_)
    } else {
        ty.to_token_stream()
    }
}

fn lower_body(
    function: &CoroutineFn,
    args: &Args,
    signature: &Signature,
    mut body: syn::Block,
    marker_uses: &TokenStream,
    seed: u64,
) -> Result<TokenStream, Errors> {
    let krate = &args.krate;
    let error_ty = error_type(args);
    let (machine_yield, machine_send) = machine_types(args);
    let mut rewriter = BodyRewriter {
        krate,
        error_ty: error_ty.clone(),
    };
    if crate::analyze::may_rewrite() {
        rewriter.visit_block_mut(&mut body);
    }
    let context = crate::normalize::Context {
        krate: krate.to_token_stream(),
        return_ty: turbofish_type(&signature.return_ty),
        yield_ty: machine_yield.clone(),
        error_ty: error_ty.clone(),
        awaiter_conversion: awaiter_conversion(args),
        awaiter_channel: awaiter_channel(args),
        async_generator: args.kind == Kind::AsyncGenerator,
    };
    let program = Program::from_body(signature.arg_lets.clone(), body.stmts, context);
    let mut errors = Errors::default();
    for e in &program.errors {
        errors.push(e.clone());
    }
    let names = Names::new(seed, &signature.sig.ident);
    let mut emitter = Emitter::new(
        &program,
        krate.clone(),
        signature.arg_holders.clone(),
        signature.arg_sources.clone(),
    );
    emitter.clone = args.clone;
    emitter.arg_origins = function
        .sig
        .inputs
        .iter()
        .map(|input| match input {
            FnArg::Receiver(receiver) => receiver.self_token.span,
            FnArg::Typed(typed) => syn::spanned::Spanned::span(&typed.pat),
        })
        .collect();
    // An async generator's machine is only ever started once; `AsyncGen` handles `asend(())`.
    emitter.unit_send = args.unit_send() && args.kind != Kind::AsyncGenerator;
    let (machine, emit_errors) = emitter.emit(&names);
    for e in emit_errors {
        errors.push(e);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let flavor = match (args.kind, args.unit_send(), &args.error_ty) {
        (Kind::Generator, true, None) => quote!(GenIter),
        (Kind::Generator, true, Some(_)) => quote!(GenTryIter),
        (Kind::Generator, false, _) => quote!(GenSend),
        (Kind::Coroutine, true, _) => quote!(CoroUnit),
        (Kind::Coroutine, false, _) => quote!(CoroSend),
        (Kind::AsyncGenerator, ..) => quote!(AsyncGenBody),
    };
    let (yield_ty, send_ty) = (machine_yield, machine_send);
    let return_ty = turbofish_type(&signature.return_ty);
    let (items, initial, closure) = (
        Owned::new(machine.items),
        Owned::new(machine.initial),
        Owned::new(machine.body),
    );
    let busy = if machine.delegates {
        quote!(Delegates)
    } else {
        quote!(NoDelegate)
    };
    let machine_var = Ident::new("__coro_machine", Span::mixed_site());
    let check = check_error_type(args);
    // How `Drop` reports an error (C5). Without a declared error type it is `Infallible`'s,
    // named outright: `ReportOf`'s pick costs a method probe per coroutine (0.9 % of rustc's
    // instructions for the 200-coroutine crate).
    let report = match &args.error_ty {
        None => quote!(#krate::__private::DebugReport),
        Some(_) => quote!(#krate::__private::ReportOf::<#error_ty>::new().report()),
    };
    let wrap = if args.kind == Kind::AsyncGenerator {
        let flavor = match (args.unit_send(), &args.error_ty) {
            (true, None) => quote!(AsyncItems),
            (true, Some(_)) => quote!(AsyncTryItems),
            (false, _) => quote!(AsyncSendItems),
        };
        quote!(#krate::__private::AsyncGen::<_, #krate::__private::#flavor>::new(#machine_var))
    } else {
        quote!(#machine_var)
    };
    let (attrs, vis, sig) = (&function.attrs, &function.vis, &signature.sig);
    let defaultness = &function.defaultness;
    let body = through_crate(
        args,
        quote! {
            #items
            #check
            // Generated control flow: arms end in jumps, raises sit inside expressions.
            #[allow(unreachable_code, unused_labels, clippy::diverging_sub_expression)]
            // A struct expression, not a constructor (see `Machine`). The closure sits in a
            // block: an attribute on it is allowed there, not on a field's expression.
            let #machine_var = #krate::__private::Machine::<_, _, #yield_ty, #send_ty, #return_ty, #error_ty, #krate::__private::#flavor, #krate::__private::#busy, _> {
                state: #initial,
                busy: ::core::default::Default::default(),
                body: { #closure },
                signature: #krate::__private::signature(#report),
            };
            #wrap
        },
    );
    let body = Owned::new(body);
    Ok(quote! {
        #(#attrs)*
        #vis #defaultness #sig {
            #marker_uses
            #body
        }
    })
}

/// A hash of the function's signature (attributes, name, parameters, return type, bounds: the
/// trees before the body's braces): deterministic, but not a name anyone writes. The body is
/// left out: printing a long one was 1.5 % of expanding a 1,000-point function.
fn name_seed(item: &TokenStream) -> u64 {
    use std::hash::{Hash, Hasher};
    let signature: TokenStream = item
        .clone()
        .into_iter()
        .take_while(|tree| {
            !matches!(tree, proc_macro2::TokenTree::Group(g)
                if g.delimiter() == proc_macro2::Delimiter::Brace)
        })
        .collect();
    let mut hasher = std::hash::DefaultHasher::new();
    signature.to_string().hash(&mut hasher);
    hasher.finish()
}

/// `let pat = holder;`, built rather than parsed (see `args::unit_type`).
fn local_stmt(pat: Pat, holder: &Ident) -> syn::Local {
    syn::Local {
        attrs: Vec::new(),
        let_token: Default::default(),
        pat,
        init: Some(syn::LocalInit {
            eq_token: Default::default(),
            expr: Box::new(syn::Expr::Path(syn::ExprPath {
                attrs: Vec::new(),
                qself: None,
                path: holder.clone().into(),
            })),
            diverge: None,
        }),
        semi_token: Default::default(),
    }
}
