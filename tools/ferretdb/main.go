// Command tym-ferretdb runs an embedded FerretDB v1 (SQLite backend) on 127.0.0.1.
//
// It exists so that integration tests have a real MongoDB wire-protocol server
// on machines where no MongoDB can be installed. It is a test tool, never used
// in production.
//
// Protocol with the caller (see test/integration/support/mongo-server.ts):
//   - when the server accepts connections, exactly one line is printed to stdout:
//     "ready 127.0.0.1:PORT" (PORT is the real port, also when -port 0 was given);
//   - logs go to stderr (or -log-file), at warn level unless -log-level says otherwise;
//   - SIGINT or SIGTERM (or EOF on stdin with -stdin-eof-exit) stops the server,
//     which then prints "stopped" to stdout and exits with status 0.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "tym-ferretdb: %v\n", err)
		os.Exit(1)
	}
}

func run() error {
	port := flag.Int("port", 0, "TCP port on 127.0.0.1 (0 = pick a free port)")
	data := flag.String("data", "", "SQLite data folder (required; created if missing)")
	logLevel := flag.String("log-level", "warn", "log level: debug, info, warn or error")
	logFile := flag.String("log-file", "", "write logs to this file instead of stderr")
	stdinEOFExit := flag.Bool("stdin-eof-exit", false, "stop when stdin reaches EOF (the parent process went away)")
	flag.Parse()

	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %v", flag.Args())
	}
	if *data == "" {
		return errors.New("-data is required")
	}
	if *port < 0 || *port > 65535 {
		return fmt.Errorf("-port %d out of range", *port)
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(*logLevel)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}

	var logOut io.Writer = os.Stderr
	if *logFile != "" {
		f, err := os.OpenFile(*logFile, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("-log-file: %w", err)
		}
		defer f.Close()
		logOut = f
	}
	logger := slog.New(slog.NewTextHandler(logOut, &slog.HandlerOptions{Level: level}))

	dir, err := filepath.Abs(*data)
	if err != nil {
		return fmt.Errorf("-data: %w", err)
	}
	if err = os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("-data: %w", err)
	}
	// FerretDB wants a "file:" URI of an existing directory, ending with "/".
	sqliteURL := (&url.URL{Scheme: "file", Path: strings.TrimSuffix(filepath.ToSlash(dir), "/") + "/"}).String()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *stdinEOFExit {
		go func() {
			_, _ = io.Copy(io.Discard, bufio.NewReader(os.Stdin))
			stop()
		}()
	}

	// ferretdb.New binds the TCP listener; Run accepts connections.
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: net.JoinHostPort("127.0.0.1", strconv.Itoa(*port))},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	u, err := url.Parse(f.MongoDBURI())
	if err != nil {
		stop()
		<-done
		return fmt.Errorf("unexpected MongoDB URI: %w", err)
	}

	if _, err = fmt.Fprintf(os.Stdout, "ready %s\n", u.Host); err != nil {
		stop()
		<-done
		return err
	}

	if err = <-done; err != nil {
		return err
	}

	_, _ = fmt.Fprintln(os.Stdout, "stopped")

	return nil
}
